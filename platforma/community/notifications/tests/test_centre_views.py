from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.community.notifications.models import Notification
from platforma.community.notifications.tests.factories import IMMEDIATE, WEEKLY, make_notification
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
CENTRE = reverse("notifications:centre")
BADGE = reverse("notifications:unread_badge")


def test_centre_groups_unread_notifications_of_one_kind_on_one_target(client_for, dawid, bogdan, celina, ziemia, woda):
    start = timezone.now() - timedelta(hours=3)
    make_notification(recipient=dawid, target=ziemia, actor=bogdan, created_at=start)
    make_notification(recipient=dawid, target=ziemia, actor=celina, created_at=start + timedelta(hours=1))
    make_notification(recipient=dawid, target=ziemia, actor=bogdan, created_at=start + timedelta(hours=2))
    make_notification(recipient=dawid, target=woda, verb=IMMEDIATE, created_at=start - timedelta(days=1))

    response = client_for(dawid).get(CENTRE)

    assert response.status_code == 200
    groups = response.context["groups"]
    assert [(g.target, g.count, g.unread) for g in groups] == [(ziemia, 3, True), (woda, 1, True)]
    assert groups[0].actors == [bogdan.display_name, celina.display_name]
    assert groups[0].headline == "Wiadomość tygodniowa (3)"
    assert ziemia.get_absolute_url() in response.text


def test_read_notifications_form_their_own_row(client_for, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia, read=True)
    make_notification(recipient=dawid, target=ziemia)

    groups = client_for(dawid).get(CENTRE).context["groups"]

    assert [(g.count, g.unread) for g in groups] == [(1, True), (1, False)]


def test_centre_shows_only_the_persons_own_notifications(client_for, dawid, olek, ziemia):
    make_notification(recipient=dawid, target=ziemia)

    response = client_for(olek).get(CENTRE)

    assert response.context["groups"] == []
    assert "Nie masz jeszcze powiadomień" in response.text


def test_centre_sends_an_anonymous_visitor_to_log_in(client):
    response = client.get(CENTRE)
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_centre_forgives_a_malformed_page_and_404s_past_the_end(client_for, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia)
    client = client_for(dawid)
    assert client.get(CENTRE, {"page": "abc"}).status_code == 200
    assert client.get(CENTRE, {"page": "7"}).status_code == 404


def test_centre_query_count_does_not_grow_with_rows(client_for, dawid, django_assert_max_num_queries):
    client = client_for(dawid)
    organisations = OrganisationFactory.create_batch(3)
    for organisation in organisations:
        make_notification(recipient=dawid, target=organisation, verb=IMMEDIATE)
        make_notification(recipient=dawid, target=organisation, actor=dawid)
    client.get(CENTRE)  # warms the content-type cache
    with django_assert_max_num_queries(10) as few:
        client.get(CENTRE)
    organisations = OrganisationFactory.create_batch(15)
    for organisation in organisations:
        make_notification(recipient=dawid, target=organisation, verb=IMMEDIATE)
        make_notification(recipient=dawid, target=organisation, actor=dawid)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(CENTRE)
    assert len(response.context["groups"]) == 20


def test_marking_a_group_read_marks_all_its_notifications(client_for, dawid, ziemia, woda):
    for _ in range(3):
        make_notification(recipient=dawid, target=ziemia)
    other = make_notification(recipient=dawid, target=woda)
    target_type = other.activity.target_type_id

    response = client_for(dawid).post(
        reverse("notifications:mark_group_read"), {"verb": WEEKLY, "target_type": target_type, "target_id": ziemia.pk}
    )

    assert response.status_code == 302
    assert response["Location"] == CENTRE
    assert Notification.objects.filter(read_at__isnull=True).get() == other


def test_marking_a_group_read_with_htmx_returns_the_list_and_the_new_count(client_for, dawid, ziemia, woda):
    notification = make_notification(recipient=dawid, target=ziemia)
    make_notification(recipient=dawid, target=woda)

    response = client_for(dawid).post(
        reverse("notifications:mark_group_read"),
        {"verb": WEEKLY, "target_type": notification.activity.target_type_id, "target_id": ziemia.pk, "page": "1"},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert 'id="notification-list"' in response.text
    assert 'hx-swap-oob="innerHTML"' in response.text
    assert "Powiadomienia, 1 nieprzeczytane" in response.text
    assert "<html" not in response.text


def test_nobody_marks_someone_elses_notifications_read(client_for, dawid, olek, ziemia):
    notification = make_notification(recipient=dawid, target=ziemia)
    client = client_for(olek)

    client.post(
        reverse("notifications:mark_group_read"),
        {"verb": WEEKLY, "target_type": notification.activity.target_type_id, "target_id": ziemia.pk},
    )
    client.post(reverse("notifications:mark_all_read"))

    notification.refresh_from_db()
    assert notification.read_at is None


def test_anonymous_visitor_cannot_mark_anything_read(client, dawid, ziemia):
    notification = make_notification(recipient=dawid, target=ziemia)

    response = client.post(reverse("notifications:mark_all_read"))

    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.read_at is None


def test_malformed_group_is_a_404_and_changes_nothing(client_for, dawid, ziemia):
    notification = make_notification(recipient=dawid, target=ziemia)

    response = client_for(dawid).post(
        reverse("notifications:mark_group_read"), {"verb": WEEKLY, "target_type": "x", "target_id": "1"}
    )

    assert response.status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read_keeps_the_page_without_javascript(client_for, dawid, ziemia, woda):
    make_notification(recipient=dawid, target=ziemia)
    make_notification(recipient=dawid, target=woda)

    response = client_for(dawid).post(reverse("notifications:mark_all_read"), {"page": "1"})

    assert response.status_code == 302
    assert response["Location"] == f"{CENTRE}?page=1"
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_mark_all_read_with_htmx_returns_the_list(client_for, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia)

    response = client_for(dawid).post(reverse("notifications:mark_all_read"), headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "Wszystkie powiadomienia oznaczono jako przeczytane." in response.text
    assert 'aria-label="Powiadomienia' not in response.text  # no count left to announce


def test_marking_read_is_post_only(client_for, dawid):
    assert client_for(dawid).get(reverse("notifications:mark_all_read")).status_code == 405


def test_badge_shows_the_unread_count_with_an_accessible_label(client_for, dawid, ziemia, woda):
    for target in (ziemia, ziemia, woda):
        make_notification(recipient=dawid, target=target)
    make_notification(recipient=dawid, target=woda, read=True)

    response = client_for(dawid).get(BADGE, headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert 'aria-label="Powiadomienia, 3 nieprzeczytane"' in response.text
    assert f'href="{CENTRE}"' in response.text
    assert "no-cache" in response["Cache-Control"]


def test_badge_does_not_count_what_the_person_may_no_longer_see(client_for, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia)
    leaving = OrganisationFactory(name="Firma, która wycofała się do etapu wniosku")
    make_notification(recipient=dawid, target=leaving)
    make_notification(recipient=dawid, target=leaving)
    # Back to an application: only its own people and the coordinator may see it now.
    leaving.cluster_status = ClusterStatus.APPLICANT
    leaving.save(update_fields=["cluster_status"])

    response = client_for(dawid).get(BADGE)

    assert 'aria-label="Powiadomienia, 1 nieprzeczytane"' in response.text


def test_badge_uses_the_polish_plural(client_for, dawid):
    organisations = OrganisationFactory.create_batch(5)
    for organisation in organisations:
        make_notification(recipient=dawid, target=organisation)
    response = client_for(dawid).get(BADGE)
    assert 'aria-label="Powiadomienia, 5 nieprzeczytanych"' in response.text


def test_badge_without_unread_has_no_count(client_for, dawid):
    response = client_for(dawid).get(BADGE)
    assert "aria-label" not in response.text
    assert "Powiadomienia" in response.text


def test_badge_is_empty_for_an_anonymous_visitor(client):
    response = client.get(BADGE, headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert response.content == b""


def test_header_polls_the_badge_only_for_signed_in_people(client, client_for, dawid):
    assert reverse("notifications:unread_badge") not in client.get(reverse("portal:home")).text
    page = client_for(dawid).get(reverse("portal:home")).text
    assert f'hx-get="{BADGE}" hx-trigger="load, every 60s"' in page
