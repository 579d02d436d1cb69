import pytest
from django.conf import settings
from django.utils import translation

from platforma.core.models import Visibility
from platforma.knowledge.models import ArticleStatus
from platforma.knowledge.tests.factories import ArticleFactory

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]

# The states of the permissions matrix; every article is written by celina for ziemia.
STATES = {
    "draft": {"status": ArticleStatus.DRAFT, "published_at": None},
    "in_review": {"status": ArticleStatus.IN_REVIEW, "published_at": None},
    "returned": {"status": ArticleStatus.RETURNED, "published_at": None},
    "published_public": {"status": ArticleStatus.PUBLISHED, "visibility": Visibility.PUBLIC},
    "published_members": {"status": ArticleStatus.PUBLISHED, "visibility": Visibility.MEMBERS},
}


@pytest.fixture(autouse=True)
def site_language_after_each_test():
    """A request to /en/ leaves English active in the thread; the next test's reverse() would follow it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}


@pytest.fixture
def article_in(celina, ziemia):
    """`article_in("draft")`: an article by celina for ziemia in one of STATES."""

    def make(state: str, **extra):
        return ArticleFactory(authors=[celina], organisations=[ziemia], **{**STATES[state], **extra})

    return make
