import pytest
from django.core import mail

from platforma.community.notifications.kinds import Delivery, get_kind
from platforma.community.notifications.models import (
    Activity,
    Notification,
    NotificationPreference,
    NotificationSettings,
)
from platforma.community.notifications.services import (
    NEW_FOLLOWER,
    follow_create,
    notification_group_mark_read,
    notification_preferences_update,
    notify,
)
from platforma.community.notifications.tests.factories import DAILY, IMMEDIATE, WEEKLY, make_notification

pytestmark = pytest.mark.django_db


def test_following_an_organisation_tells_its_admins_but_not_its_other_followers(
    bogdan, celina, dawid, olek, ziemia, django_capture_on_commit_callbacks
):
    follow_create(user=olek, target=ziemia)
    with django_capture_on_commit_callbacks(execute=True):
        follow_create(user=dawid, target=ziemia)

    notified = Notification.objects.filter(activity__verb=NEW_FOLLOWER, activity__actor=dawid)
    assert [n.recipient for n in notified] == [bogdan]
    assert notified.get().delivery == Delivery.WEEKLY
    assert not Activity.objects.get(actor=dawid).in_stream


def test_following_twice_notifies_once(bogdan, dawid, ziemia):
    follow_create(user=dawid, target=ziemia)
    follow_create(user=dawid, target=ziemia)
    assert Activity.objects.filter(verb=NEW_FOLLOWER).count() == 1


def test_new_follower_kind_reads_naturally_for_several():
    kind = get_kind(NEW_FOLLOWER)
    assert kind.label_for(1) == "Nowa osoba obserwuje moją organizację"
    assert kind.label_for(3) == "3 nowe osoby obserwują moją organizację"
    assert kind.label_for(5) == "5 nowych osób obserwuje moją organizację"


def test_a_follow_delivery_wins_over_the_kind_and_immediate_is_emailed(
    bogdan, dawid, ziemia, django_capture_on_commit_callbacks
):
    follow = follow_create(user=dawid, target=ziemia)
    follow.delivery = Delivery.IMMEDIATE
    follow.save(update_fields=["delivery"])

    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=WEEKLY, target=ziemia, actor=bogdan)

    assert Notification.objects.get(recipient=dawid, activity__verb=WEEKLY).delivery == Delivery.IMMEDIATE
    assert [m.to for m in mail.outbox] == [[dawid.email]]


def test_marking_a_group_read_leaves_other_groups_and_people_alone(dawid, olek, ziemia, woda):
    mine = make_notification(recipient=dawid, target=ziemia)
    other_kind = make_notification(recipient=dawid, target=ziemia, verb=DAILY)
    other_target = make_notification(recipient=dawid, target=woda)
    someone_else = make_notification(recipient=olek, target=ziemia)

    marked = notification_group_mark_read(
        user=dawid, verb=WEEKLY, target_type_id=mine.activity.target_type_id, target_id=ziemia.pk
    )

    assert marked == 1
    assert set(Notification.objects.filter(read_at__isnull=True)) == {other_kind, other_target, someone_else}


def test_preferences_update_saves_kinds_follows_and_the_switch(dawid, olek, ziemia):
    mine = follow_create(user=dawid, target=ziemia)
    theirs = follow_create(user=olek, target=ziemia)

    notification_preferences_update(
        user=dawid,
        kind_deliveries={WEEKLY: Delivery.DAILY, IMMEDIATE: Delivery.IMMEDIATE},
        follow_deliveries={mine.pk: Delivery.NEVER, theirs.pk: Delivery.NEVER},
        digests_enabled=False,
    )

    assert list(NotificationPreference.objects.values_list("user", "verb", "delivery")) == [
        (dawid.pk, WEEKLY, Delivery.DAILY)
    ]
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.delivery, theirs.delivery) == (Delivery.NEVER, "")
    assert NotificationSettings.objects.get(user=dawid).digests_enabled is False


def test_preferences_update_refuses_an_unknown_kind(dawid):
    with pytest.raises(ValueError, match="Unknown notification kind"):
        notification_preferences_update(
            user=dawid, kind_deliveries={"no.such": Delivery.NEVER}, follow_deliveries={}, digests_enabled=True
        )
    assert not NotificationPreference.objects.exists()
