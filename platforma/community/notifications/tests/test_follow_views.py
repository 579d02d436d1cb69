"""The follow button (by content type and id) and the "Obserwowane" page.

Community tests may not import the domain apps, so organisations and competences stand in for targets;
tests/community/test_follow_buttons.py covers challenges on their pages.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from platforma.accounts.models import User
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Follow
from platforma.community.notifications.services import follow_create
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def button_url(obj):
    return reverse("notifications:follow_button", args=[ContentType.objects.get_for_model(obj).pk, obj.pk])


def test_button_fragment_offers_to_follow_a_visible_organisation(client_for, dawid, ziemia):
    response = client_for(dawid).get(button_url(ziemia), headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert b"<html" not in response.content
    assert "Obserwuj" in response.text
    assert 'name="action" value="follow"' in response.text


def test_button_fragment_asks_a_visitor_to_log_in(client, ziemia):
    response = client.get(button_url(ziemia), headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "Zaloguj się, aby obserwować" in response.text
    assert "<form" not in response.text


def test_button_has_a_page_of_its_own_without_javascript(client_for, dawid, ziemia):
    response = client_for(dawid).get(button_url(ziemia) + "?next=/organizacje/ziemia-czysta/")

    assert response.status_code == 200
    assert "<html" in response.text
    assert 'name="next" value="/organizacje/ziemia-czysta/"' in response.text


def test_following_by_htmx_creates_the_follow_and_swaps_the_button(client_for, dawid, ziemia):
    response = client_for(dawid).post(button_url(ziemia), {"action": "follow"}, **HTMX)

    assert response.status_code == 200
    assert Follow.objects.filter(user=dawid, target_id=ziemia.pk).count() == 1
    assert "Przestań obserwować" in response.text
    assert "data-focus-after-swap" in response.text


def test_following_twice_keeps_one_follow(client_for, dawid, ziemia):
    client = client_for(dawid)
    client.post(button_url(ziemia), {"action": "follow"}, **HTMX)
    client.post(button_url(ziemia), {"action": "follow"}, **HTMX)

    assert Follow.objects.filter(user=dawid).count() == 1


def test_unfollowing_without_javascript_redirects_back_to_next(client_for, dawid, ziemia):
    follow_create(user=dawid, target=ziemia)

    response = client_for(dawid).post(button_url(ziemia), {"action": "unfollow", "next": "/organizacje/"})

    assert response.status_code == 302
    assert response.url == "/organizacje/"
    assert not Follow.objects.filter(user=dawid).exists()


def test_a_next_to_another_site_is_ignored(client_for, dawid, ziemia):
    response = client_for(dawid).post(button_url(ziemia), {"action": "follow", "next": "https://zlo.example/"})

    assert response.status_code == 302
    assert response.url == ziemia.get_absolute_url()


def test_a_visitor_cannot_follow_and_is_sent_to_log_in(client, ziemia):
    response = client.post(button_url(ziemia), {"action": "follow"})

    assert response.status_code == 302
    assert reverse("account_login") in response.url
    assert not Follow.objects.exists()


def test_a_visitor_using_htmx_is_redirected_by_header(client, ziemia):
    response = client.post(button_url(ziemia), {"action": "follow"}, **HTMX)

    assert reverse("account_login") in response["HX-Redirect"]
    assert not Follow.objects.exists()


def test_an_application_the_person_may_not_see_is_a_404(client_for, olek):
    applicant = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT, member_since=None)
    client = client_for(olek)

    assert client.get(button_url(applicant)).status_code == 404
    assert client.post(button_url(applicant), {"action": "follow"}).status_code == 404
    assert not Follow.objects.exists()


def test_a_kind_of_object_that_is_not_followable_is_a_404(client_for, dawid, olek):
    assert client_for(dawid).post(button_url(olek), {"action": "follow"}).status_code == 404
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    "path", ["/powiadomienia/obserwuj/999999/1/", "/powiadomienia/obserwuj/1/99999999999999999999999/"]
)
def test_unknown_or_enormous_ids_are_a_404(client_for, dawid, path):
    assert client_for(dawid).get(path).status_code == 404


def test_an_unknown_action_is_refused_and_changes_nothing(client_for, dawid, ziemia):
    follow_create(user=dawid, target=ziemia)

    response = client_for(dawid).post(button_url(ziemia), {"action": "both"})

    assert response.status_code == 400
    assert Follow.objects.filter(user=dawid).count() == 1


# --- "Obserwowane" ----------------------------------------------------------------------------------


def test_follow_list_groups_follows_by_kind(client_for, dawid, ziemia, woda):
    competence = CompetenceFactory(name_pl="Remediacja gleb")
    for target in (ziemia, woda, competence):
        follow_create(user=dawid, target=target)

    response = client_for(dawid).get(reverse("notifications:follows"))

    assert response.status_code == 200
    groups = {group.label: [row.title for row in group.rows] for group in response.context["groups"]}
    assert sorted(groups["Organizacje"]) == sorted([ziemia.name, woda.name])
    assert groups["Kompetencje"] == ["Remediacja gleb"]


def test_follow_list_leaves_out_what_the_person_can_no_longer_see(client_for, dawid, ziemia):
    follow_create(user=dawid, target=ziemia)
    ziemia.cluster_status = ClusterStatus.REJECTED
    ziemia.save(update_fields=["cluster_status"])

    response = client_for(dawid).get(reverse("notifications:follows"))

    assert response.context["groups"] == []


def test_follow_list_needs_a_login(client):
    response = client.get(reverse("notifications:follows"))

    assert response.status_code == 302


def test_follow_list_costs_the_same_number_of_queries_for_many_follows(
    client_for, dawid, django_assert_max_num_queries
):
    client = client_for(dawid)
    for _ in range(3):
        follow_create(user=dawid, target=OrganisationFactory())
        follow_create(user=dawid, target=CompetenceFactory())
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("notifications:follows"))
    for _ in range(15):
        follow_create(user=dawid, target=OrganisationFactory())
        follow_create(user=dawid, target=CompetenceFactory())
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("notifications:follows"))
    assert sum(len(group.rows) for group in response.context["groups"]) == 36


def test_delivery_of_one_follow_can_be_chosen(client_for, dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia)

    response = client_for(dawid).post(
        reverse("notifications:follow_delivery", args=[follow.pk]), {"delivery": Delivery.IMMEDIATE}
    )

    assert response.status_code == 302
    follow.refresh_from_db()
    assert follow.delivery == Delivery.IMMEDIATE


def test_delivery_can_go_back_to_the_kind_setting(client_for, dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia, delivery=Delivery.NEVER)

    client_for(dawid).post(reverse("notifications:follow_delivery", args=[follow.pk]), {"delivery": ""})

    follow.refresh_from_db()
    assert follow.delivery == ""


def test_an_unknown_delivery_is_refused_and_changes_nothing(client_for, dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia, delivery=Delivery.DAILY)

    response = client_for(dawid).post(
        reverse("notifications:follow_delivery", args=[follow.pk]), {"delivery": "hourly"}, follow=True
    )

    follow.refresh_from_db()
    assert follow.delivery == Delivery.DAILY
    assert "Wybierz jedną z możliwości z listy." in response.text


def test_another_persons_follow_cannot_be_changed(client_for, dawid, olek, ziemia):
    follow = follow_create(user=dawid, target=ziemia, delivery=Delivery.DAILY)

    response = client_for(olek).post(
        reverse("notifications:follow_delivery", args=[follow.pk]), {"delivery": Delivery.NEVER}
    )

    assert response.status_code == 404
    follow.refresh_from_db()
    assert follow.delivery == Delivery.DAILY


def test_a_competence_is_followed_from_the_follow_list(client_for, dawid):
    competence = CompetenceFactory()

    response = client_for(dawid).post(reverse("notifications:follow_competence"), {"competence": competence.pk})

    assert response.status_code == 302
    assert Follow.objects.get(user=dawid).target == competence


def test_a_missing_competence_is_explained_in_polish(client_for, dawid):
    response = client_for(dawid).post(reverse("notifications:follow_competence"), {"competence": "abc"})

    assert response.status_code == 400
    assert "Nie ma takiej kompetencji" in response.text
    assert not Follow.objects.exists()


def test_a_visitor_cannot_follow_a_competence(client):
    competence = CompetenceFactory()

    response = client.post(reverse("notifications:follow_competence"), {"competence": competence.pk})

    assert response.status_code == 302
    assert not Follow.objects.exists()
    assert User.objects.count() == 0
