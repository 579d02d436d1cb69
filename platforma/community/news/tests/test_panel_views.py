import pytest
from django.urls import reverse

from platforma.community.news.models import NewsStatus
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory
from platforma.community.notifications.models import Notification

pytestmark = pytest.mark.django_db
LIST = reverse("news_panel:list")


def test_the_coordinator_sees_what_waits_the_longest_first(client_for, anna, celina):
    DraftNewsFactory(title="Szkic", author=celina)
    newer = DraftNewsFactory(title="Później", author=celina, status=NewsStatus.SUBMITTED)
    older = DraftNewsFactory(title="Wcześniej", author=celina, status=NewsStatus.SUBMITTED)
    older.submitted_at, newer.submitted_at = newer.created_at.replace(year=2020), newer.created_at
    older.save()
    newer.save()

    response = client_for(anna).get(LIST)

    assert [n.title for n in response.context["news_items"]] == ["Wcześniej", "Później"]


def test_the_panel_lists_other_statuses_and_ignores_unknown_ones(client_for, anna):
    NewsFactory(title="Opublikowana")
    browser = client_for(anna)

    assert [n.title for n in browser.get(LIST, {"status": "published"}).context["news_items"]] == ["Opublikowana"]
    assert browser.get(LIST, {"status": "<script>"}).status_code == 200


@pytest.mark.parametrize("role", ["celina", "bogdan", "olek"])
def test_only_the_coordinator_opens_the_panel(client_for, person, role):
    news = DraftNewsFactory(status=NewsStatus.SUBMITTED)
    browser = client_for(person(role))

    assert browser.get(LIST).status_code == 403
    assert browser.get(reverse("news_panel:detail", args=[news.pk])).status_code == 403


def test_the_coordinator_approves_and_the_author_is_told(client_for, anna, celina, django_capture_on_commit_callbacks):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED)
    browser = client_for(anna)
    assert "Opublikuj aktualność" in browser.get(reverse("news_panel:detail", args=[news.pk])).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(reverse("news_panel:publish", args=[news.pk]))

    news.refresh_from_db()
    assert response["Location"] == news.get_absolute_url()
    assert news.status == NewsStatus.PUBLISHED
    assert celina.notifications.get().activity.verb == "news.reviewed"


@pytest.mark.parametrize("role", ["celina", "bogdan", "ewa"])
def test_members_may_not_publish_or_return_and_nothing_changes(client_for, person, celina, role):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED)
    browser = client_for(person(role))

    assert browser.post(reverse("news_panel:publish", args=[news.pk])).status_code == 403
    assert browser.post(reverse("news_panel:return", args=[news.pk]), {"note": "Nie."}).status_code == 403
    news.refresh_from_db()
    assert (news.status, news.review_note) == (NewsStatus.SUBMITTED, "")
    assert not Notification.objects.exists()


def test_returning_without_a_note_explains_what_is_missing(client_for, anna, celina):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED)

    response = client_for(anna).post(reverse("news_panel:return", args=[news.pk]), {"note": "  "})

    assert response.status_code == 200
    assert "Napisz autorowi, co trzeba poprawić." in response.content.decode()
    news.refresh_from_db()
    assert news.status == NewsStatus.SUBMITTED


def test_the_coordinator_returns_an_item_with_a_note(client_for, anna, celina):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED)

    response = client_for(anna).post(
        reverse("news_panel:return", args=[news.pk]), {"note": "Podajcie źródło danych o smogu."}
    )

    news.refresh_from_db()
    assert response["Location"] == LIST
    assert (news.status, news.review_note) == (NewsStatus.RETURNED, "Podajcie źródło danych o smogu.")


def test_publishing_twice_says_why_instead_of_failing(client_for, anna):
    news = NewsFactory()

    response = client_for(anna).post(reverse("news_panel:publish", args=[news.pk]))

    assert response.status_code == 403
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED


def test_an_unknown_item_in_the_panel_is_not_found(client_for, anna):
    assert client_for(anna).get(reverse("news_panel:detail", args=[999999])).status_code == 404
