"""News and events in search: found in any inflection by those their pages show them to, never shown (not even
counted) to anyone else; drafts stay out."""

import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.community.events.models import EventStatus
from platforma.community.events.tests.factories import EventFactory
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory
from platforma.core.models import Visibility
from platforma.search.selectors import search_page

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def titles(page):
    return [str(r.title).replace("<mark>", "").replace("</mark>", "") for r in page.results]


def test_news_is_found_in_another_inflection_and_members_only_items_only_by_members(reindex, celina):
    NewsFactory(title="Rekultywacja hałdy cynkowej w Bytomiu")
    NewsFactory(title="Rekultywacja stawu osadowego (dla członków)", visibility=Visibility.MEMBERS)
    DraftNewsFactory(title="Rekultywacja — szkic")
    reindex()

    anonymous = search_page(user=ANONYMOUS, query="rekultywacji", params={"type": "news"}, page_param=None)
    assert titles(anonymous) == ["Rekultywacja hałdy cynkowej w Bytomiu"]
    assert anonymous.total == 1
    assert {f.value: f.count for f in anonymous.facets["type"]}["news"] == 1

    member = search_page(user=celina, query="rekultywacji", params={"type": "news"}, page_param=None)
    assert sorted(titles(member)) == [
        "Rekultywacja hałdy cynkowej w Bytomiu",
        "Rekultywacja stawu osadowego (dla członków)",
    ]


def test_events_are_found_by_town_facet_and_drafts_and_members_only_events_stay_hidden(reindex, olek):
    EventFactory(title="Warsztaty fitoremediacji gleb", town="Bytom")
    EventFactory(title="Fitoremediacja dla członków klastra", town="Katowice", visibility=Visibility.MEMBERS)
    EventFactory(title="Fitoremediacja — wydarzenie w przygotowaniu", status=EventStatus.DRAFT)
    reindex()

    page = search_page(user=olek, query="fitoremediacja", params={"type": "event"}, page_param=None)
    assert titles(page) == ["Warsztaty fitoremediacji gleb"]
    assert page.total == 1
    assert {f.value for f in page.facets["city"]} == {"Bytom"}


def test_a_saved_event_is_indexed_without_a_rebuild(committed):
    with committed():
        EventFactory(title="Dzień otwarty laboratorium wód kopalnianych")
    page = search_page(user=ANONYMOUS, query="wody kopalniane", params={}, page_param=None)
    assert "Dzień otwarty laboratorium wód kopalnianych" in titles(page)
