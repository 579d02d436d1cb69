"""Role × status matrices for every function of permissions.py, and the selectors held to the same rule."""

import pytest

from platforma.community.news import permissions, selectors
from platforma.community.news.models import NewsStatus
from platforma.community.news.tests.conftest import ROLES
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory
from platforma.core.models import Visibility


def expect(row: tuple[int, ...], role: str) -> bool:
    """Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina (author, ziemia), bogdan (ziemia), anna."""
    return bool(row[ROLES.index(role)])


def build(state: str, everyone):
    celina, anna, dawid = everyone["celina"], everyone["anna"], everyone["dawid"]
    return {
        "draft_by_celina": lambda: DraftNewsFactory(author=celina),
        "submitted_by_celina": lambda: DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED),
        "returned_by_celina": lambda: DraftNewsFactory(author=celina, status=NewsStatus.RETURNED),
        "public_by_celina": lambda: NewsFactory(author=celina),
        "members_by_celina": lambda: NewsFactory(author=celina, visibility=Visibility.MEMBERS),
        "draft_by_anna": lambda: DraftNewsFactory(author=anna),
        "draft_by_dawid": lambda: DraftNewsFactory(author=dawid),
    }[state]()


VIEW = {
    "draft_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "submitted_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "returned_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "public_by_celina": (1, 1, 1, 1, 1, 1, 1),
    "members_by_celina": (0, 0, 0, 1, 1, 1, 1),
    "draft_by_anna": (0, 0, 0, 0, 0, 0, 1),
    "draft_by_dawid": (0, 0, 1, 0, 0, 0, 1),
}

EDIT = {
    "draft_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "submitted_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "returned_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "public_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "draft_by_anna": (0, 0, 0, 0, 0, 0, 1),
}

SUBMIT = {
    "draft_by_celina": (0, 0, 0, 0, 1, 0, 0),
    "returned_by_celina": (0, 0, 0, 0, 1, 0, 0),
    "submitted_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "public_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "draft_by_anna": (0, 0, 0, 0, 0, 0, 0),
    # Dawid has no member organisation: he keeps his draft but cannot hand it in.
    "draft_by_dawid": (0, 0, 0, 0, 0, 0, 0),
}

PUBLISH = {
    "draft_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "submitted_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "returned_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "public_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "draft_by_anna": (0, 0, 0, 0, 0, 0, 1),
}

REVIEW = {
    "draft_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "submitted_by_celina": (0, 0, 0, 0, 0, 0, 1),
    "returned_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "public_by_celina": (0, 0, 0, 0, 0, 0, 0),
}

UNPUBLISH = {
    "public_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "members_by_celina": (0, 0, 0, 0, 1, 0, 1),
    "draft_by_celina": (0, 0, 0, 0, 0, 0, 0),
    "submitted_by_celina": (0, 0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("state", list(VIEW))
@pytest.mark.parametrize("role", ROLES)
def test_can_view(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_view(everyone[role], news) is expect(VIEW[state], role)


@pytest.mark.parametrize("state", list(VIEW))
@pytest.mark.parametrize("role", ROLES)
def test_the_visible_queryset_agrees_with_can_view(role, state, everyone):
    news = build(state, everyone)
    visible = selectors.news_visible_queryset(user=everyone[role]).filter(pk=news.pk).exists()
    assert visible is expect(VIEW[state], role)


@pytest.mark.parametrize("state", list(VIEW))
@pytest.mark.parametrize("role", ROLES)
def test_the_public_list_shows_only_what_is_published_and_visible(role, state, everyone):
    news = build(state, everyone)
    listed = selectors.news_list_visible(user=everyone[role]).filter(pk=news.pk).exists()
    assert listed is (expect(VIEW[state], role) and news.status == NewsStatus.PUBLISHED)


@pytest.mark.parametrize("role", ROLES)
def test_can_create(role, everyone):
    assert permissions.can_create(everyone[role]) is expect((0, 0, 0, 1, 1, 1, 1), role)


@pytest.mark.parametrize("state", list(EDIT))
@pytest.mark.parametrize("role", ROLES)
def test_can_edit(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_edit(everyone[role], news) is expect(EDIT[state], role)


@pytest.mark.parametrize("state", list(SUBMIT))
@pytest.mark.parametrize("role", ROLES)
def test_can_submit(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_submit(everyone[role], news) is expect(SUBMIT[state], role)


@pytest.mark.parametrize("state", list(PUBLISH))
@pytest.mark.parametrize("role", ROLES)
def test_can_publish(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_publish(everyone[role], news) is expect(PUBLISH[state], role)


@pytest.mark.parametrize("state", list(REVIEW))
@pytest.mark.parametrize("role", ROLES)
def test_can_review(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_review(everyone[role], news) is expect(REVIEW[state], role)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_coordinator_opens_the_review_queue(role, everyone):
    assert permissions.can_review(everyone[role]) is expect((0, 0, 0, 0, 0, 0, 1), role)


@pytest.mark.parametrize("state", list(UNPUBLISH))
@pytest.mark.parametrize("role", ROLES)
def test_can_unpublish(role, state, everyone):
    news = build(state, everyone)
    assert permissions.can_unpublish(everyone[role], news) is expect(UNPUBLISH[state], role)
