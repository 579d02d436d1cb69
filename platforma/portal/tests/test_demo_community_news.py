import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.utils import timezone

from platforma.community.news import selectors
from platforma.community.news.models import News, NewsStatus
from platforma.community.notifications.models import Activity, Notification
from platforma.portal.demo_community.news import NEWS, load_demo
from platforma.portal.management.demo_loader import DemoDataError

pytestmark = pytest.mark.django_db


def test_the_demo_news_loads_on_top_of_the_demo_cluster(django_capture_on_commit_callbacks):
    call_command("seed_demo", "--cluster-only", stdout=open("/dev/null", "w"))  # noqa: SIM115 - chatter not tested

    with django_capture_on_commit_callbacks(execute=True):
        counts = load_demo(now=timezone.now())

    assert counts == {"aktualności": len(NEWS), "aktualności do zatwierdzenia": 1}
    assert News.objects.filter(status=NewsStatus.SUBMITTED).count() == 1
    published = News.objects.published()
    assert published.count() == len(NEWS) - 1
    assert all(news.published_at <= timezone.now() for news in published)
    assert all(news.competences.exists() for news in News.objects.all())
    # Visitors see the public ones; the members-only announcement stays inside the cluster.
    assert selectors.news_list_visible(user=AnonymousUser()).count() == len(NEWS) - 2
    assert Activity.objects.filter(verb="news.published").count() == published.count()
    assert not Notification.objects.exists()

    assert load_demo(now=timezone.now())["aktualności"] == 0
    assert News.objects.count() == len(NEWS)


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(DemoDataError):
        load_demo(now=timezone.now())
    assert not News.objects.exists()
