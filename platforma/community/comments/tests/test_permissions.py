"""Role × state matrices of the comment rules that do not depend on the target's kind.

The role × target-visibility matrix (who sees and writes comments on public, members-only and
restricted challenges) is in tests/community/test_comments_permissions.py: community may not import
challenges.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from platforma.community.comments import permissions
from platforma.community.comments.models import CommentStatus
from platforma.community.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "olek", "celina", "bogdan", "anna"]


@pytest.fixture
def everyone(request, topic):
    people = {role: request.getfixturevalue(role) for role in ROLES if role != "anonymous"}
    return {"anonymous": AnonymousUser(), **people}


def expect(row: tuple[int, ...], role: str) -> bool:
    return bool(row[ROLES.index(role)])


# celina wrote the comment; anna is the coordinator.
EDIT = {
    (CommentStatus.PUBLISHED, 14): (0, 0, 1, 0, 0),
    (CommentStatus.PUBLISHED, 15): (0, 0, 1, 0, 0),
    (CommentStatus.PUBLISHED, 16): (0, 0, 0, 0, 0),
    (CommentStatus.HIDDEN, 1): (0, 0, 0, 0, 0),
    (CommentStatus.DELETED_BY_AUTHOR, 1): (0, 0, 0, 0, 0),
}

DELETE = {
    CommentStatus.PUBLISHED: (0, 0, 1, 0, 1),
    CommentStatus.HIDDEN: (0, 0, 1, 0, 1),
    CommentStatus.DELETED_BY_AUTHOR: (0, 0, 0, 0, 0),
    CommentStatus.DELETED_BY_MODERATOR: (0, 0, 0, 0, 0),
}

HIDE = {
    CommentStatus.PUBLISHED: (0, 0, 0, 0, 1),
    CommentStatus.HIDDEN: (0, 0, 0, 0, 0),
    CommentStatus.DELETED_BY_AUTHOR: (0, 0, 0, 0, 0),
}

REPORT = {
    CommentStatus.PUBLISHED: (0, 1, 0, 1, 1),
    CommentStatus.HIDDEN: (0, 0, 0, 0, 0),
    CommentStatus.DELETED_BY_MODERATOR: (0, 0, 0, 0, 0),
}


@pytest.mark.parametrize(("status", "minutes"), list(EDIT))
@pytest.mark.parametrize("role", ROLES)
def test_the_author_edits_a_published_comment_for_fifteen_minutes(role, status, minutes, everyone, topic):
    written = timezone.now() - timedelta(days=1)
    comment = make_comment(target=topic, author=everyone["celina"], created_at=written, status=status)
    allowed = permissions.can_edit_comment(everyone[role], comment, now=written + timedelta(minutes=minutes))
    assert allowed is expect(EDIT[(status, minutes)], role)


@pytest.mark.parametrize("status", list(DELETE))
@pytest.mark.parametrize("role", ROLES)
def test_the_author_and_moderators_delete(role, status, everyone, topic):
    comment = make_comment(target=topic, author=everyone["celina"], status=status)
    assert permissions.can_delete_comment(everyone[role], comment, topic) is expect(DELETE[status], role)


@pytest.mark.parametrize("status", list(HIDE))
@pytest.mark.parametrize("role", ROLES)
def test_moderators_hide_published_comments(role, status, everyone, topic):
    comment = make_comment(target=topic, author=everyone["celina"], status=status)
    assert permissions.can_hide_comment(everyone[role], comment, topic) is expect(HIDE[status], role)


@pytest.mark.parametrize("status", list(REPORT))
@pytest.mark.parametrize("role", ROLES)
def test_signed_in_people_report_others_published_comments(role, status, everyone, topic):
    comment = make_comment(target=topic, author=everyone["celina"], status=status)
    assert permissions.can_report_comment(everyone[role], comment) is expect(REPORT[status], role)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_coordinator_manages_reports(role, everyone):
    assert permissions.can_manage_reports(everyone[role]) is (role == "anna")


def test_an_object_that_is_not_commentable_has_no_comments(ziemia, celina):
    # Organisations are registered as followable, not commentable (the fixture `topic` is not used here).
    assert permissions.can_view_comments(celina, ziemia) is False
    assert permissions.can_comment(celina, ziemia) is False


def test_an_inactive_account_does_not_comment(topic, celina):
    celina.is_active = False
    assert permissions.can_comment(celina, topic) is False
