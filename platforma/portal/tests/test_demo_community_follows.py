import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.utils import timezone

from platforma.community import targets
from platforma.community.notifications.models import Activity, Follow, Notification
from platforma.community.notifications.selectors_activity import activity_list_visible
from platforma.portal.demo_community.follows import FOLLOWERS, load_demo
from platforma.portal.management.demo_loader import DemoDataError

pytestmark = pytest.mark.django_db


def test_demo_follows_and_activity_load_on_top_of_the_demo_cluster(django_capture_on_commit_callbacks):
    call_command("seed_demo", "--cluster-only", stdout=open("/dev/null", "w"))  # noqa: SIM115 - chatter not tested

    with django_capture_on_commit_callbacks() as callbacks:
        counts = load_demo(now=timezone.now())

    assert callbacks == []  # history is told, not re-sent: no task, no e-mail
    assert counts["obserwowania"] == Follow.objects.count() > len(FOLLOWERS)
    assert counts["aktywności"] == Activity.objects.count() > 10
    assert counts["powiadomienia"] == Notification.objects.count() > 0
    assert len(activity_list_visible(user=AnonymousUser())) == 10
    # Nobody was told of anything they may not see.
    for notification in Notification.objects.select_related("recipient", "activity"):
        assert targets.can_view(notification.recipient, notification.activity.target)
    assert set(load_demo(now=timezone.now()).values()) == {0}


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(DemoDataError):
        load_demo(now=timezone.now())
    assert not Follow.objects.exists()
    assert not Activity.objects.exists()
