import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.community.comments.models import Comment, CommentStatus, Report
from platforma.portal.demo_community import comments as comments_demo

pytestmark = pytest.mark.django_db


def test_the_demo_discussions_load_once_and_only_on_existing_objects():
    call_command("seed_demo", "--cluster-only", verbosity=0)
    counts = comments_demo.load_demo(now=timezone.now())
    # The cluster has the challenges; the initiatives come with the initiatives' demo, not loaded here.
    assert counts == {"komentarze": 12, "zgłoszenia komentarzy": 1}
    assert Comment.objects.filter(status=CommentStatus.DELETED_BY_AUTHOR, body="").count() == 1
    assert Comment.objects.filter(parent__parent__isnull=False).count() == 0
    assert Report.objects.get().comment.body.startswith("Sprzedam")
    assert comments_demo.load_demo(now=timezone.now()) == {"komentarze": 0, "zgłoszenia komentarzy": 0}
