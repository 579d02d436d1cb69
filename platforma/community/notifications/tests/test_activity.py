"""The activity stream: the selector (visibility, over-fetching, query count) and its HTMX fragment.

Organisations stand in for targets here (community tests may not import the domain apps); an application
to the cluster is private to its own people, like a confidential challenge is to outsiders.
tests/community/test_follow_buttons.py checks confidential challenges in the stream.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.models import Activity
from platforma.community.notifications.phrases import register_phrase
from platforma.community.notifications.selectors_activity import activity_list_visible
from platforma.community.notifications.services import notify
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

VERB = "test.activity_news"
register_kind(VERB, label="test", default_delivery=Delivery.WEEKLY, group="test")
register_phrase(
    VERB, with_organisation="%(organisation)s ogłasza: %(target)s", without_organisation="Nowość: %(target)s"
)


def record(target, *, organisation=None, in_stream=True, minutes_ago=0):
    activity = notify(verb=VERB, target=target, organisation=organisation, in_stream=in_stream)
    Activity.objects.filter(pk=activity.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_ago))
    return activity


def applicant():
    return OrganisationFactory(cluster_status=ClusterStatus.APPLICANT, member_since=None)


def test_stream_reads_in_words_newest_first(olek, ziemia, woda):
    record(ziemia, organisation=ziemia, minutes_ago=5)
    record(woda, minutes_ago=1)

    rows = activity_list_visible(user=olek)

    assert [row.text for row in rows] == [f"Nowość: {woda.name}", f"{ziemia.name} ogłasza: {ziemia.name}"]
    assert rows[0].url == woda.get_absolute_url()


def test_stream_hides_what_the_viewer_may_not_see(olek, ziemia):
    hidden = applicant()
    record(hidden, organisation=hidden)
    record(ziemia, organisation=ziemia)

    assert [row.target for row in activity_list_visible(user=olek)] == [ziemia]


def test_the_organisations_own_people_see_its_private_activity(ziemia):
    hidden = applicant()
    insider = MembershipFactory(organisation=hidden).user
    record(hidden, organisation=hidden)

    assert [row.target for row in activity_list_visible(user=insider)] == [hidden]


def test_private_business_never_reaches_the_stream(anna, ziemia):
    record(ziemia, in_stream=False)

    assert activity_list_visible(user=anna) == []


def test_stream_fetches_more_rows_when_the_newest_are_hidden(olek):
    visible = [OrganisationFactory() for _ in range(3)]
    for index, organisation in enumerate(visible):
        record(organisation, minutes_ago=100 + index)
    hidden = applicant()
    for _ in range(12):
        record(hidden, minutes_ago=1)

    rows = activity_list_visible(user=olek, limit=3)

    assert [row.target for row in rows] == visible


def test_stream_of_one_organisation_shows_only_its_activity(olek, ziemia, woda):
    record(ziemia, organisation=ziemia)
    record(woda, organisation=woda)

    assert [row.target for row in activity_list_visible(user=olek, organisation=woda)] == [woda]


def test_stream_costs_the_same_number_of_queries_for_many_rows(olek, django_assert_max_num_queries):
    for _ in range(2):
        record(OrganisationFactory())
    with django_assert_max_num_queries(10) as few:
        activity_list_visible(user=olek, limit=20)
    for _ in range(18):
        organisation = OrganisationFactory()
        record(organisation, organisation=organisation)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(activity_list_visible(user=olek, limit=20)) == 20


# --- the fragment -----------------------------------------------------------------------------------


def test_fragment_lists_the_home_page_stream(client, ziemia):
    record(ziemia, organisation=ziemia)

    response = client.get(reverse("notifications:activity"), headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "<html" not in response.text
    assert f"{ziemia.name} ogłasza" in response.text


def test_fragment_is_a_page_of_its_own_without_javascript(client, ziemia):
    response = client.get(reverse("notifications:activity") + f"?organisacja={ziemia.pk}")

    assert response.status_code == 200
    assert "<html" in response.text
    assert "Ta organizacja nie ma jeszcze żadnej aktywności" in response.text


@pytest.mark.parametrize("value", ["abc", "", "-1", "99999999999999999999999", "0"])
def test_fragment_refuses_a_malformed_organisation_with_a_404(client, value):
    response = client.get(reverse("notifications:activity"), {"organisacja": value})

    assert response.status_code == 404


def test_fragment_of_an_organisation_the_visitor_may_not_see_is_a_404(client):
    hidden = applicant()
    record(hidden, organisation=hidden)

    response = client.get(reverse("notifications:activity"), {"organisacja": hidden.pk})

    assert response.status_code == 404
    assert hidden.name not in response.text


def test_fragment_accepts_only_get(client):
    assert client.post(reverse("notifications:activity")).status_code == 405
