import pytest

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.models import Activity, Notification, NotificationPreference
from platforma.community.notifications.services import follow_create, notify

pytestmark = pytest.mark.django_db

register_kind("test.organisation_news", label="test", default_delivery=Delivery.WEEKLY, group="test")


def test_notify_reaches_recipients_and_followers_but_not_the_actor(
    anna, bogdan, celina, dawid, ziemia, django_capture_on_commit_callbacks
):
    follow_create(user=dawid, target=ziemia)
    NotificationPreference.objects.create(user=celina, verb="test.organisation_news", delivery=Delivery.NEVER)
    with django_capture_on_commit_callbacks(execute=True):
        activity = notify(verb="test.organisation_news", target=ziemia, actor=bogdan, recipients=[anna, bogdan, celina])
    assert Activity.objects.get(verb="test.organisation_news") == activity
    delivered = dict(Notification.objects.values_list("recipient__email", "delivery"))
    assert delivered == {anna.email: Delivery.WEEKLY, dawid.email: Delivery.WEEKLY}


def test_notify_refuses_an_unregistered_kind(ziemia):
    with pytest.raises(ValueError, match="Unknown notification kind"):
        notify(verb="no.such.kind", target=ziemia)
    assert not Activity.objects.exists()
