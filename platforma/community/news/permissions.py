"""Who may do what with news. Plain functions; each condition on its own line.

The rules, in short:
- published PUBLIC items: everyone; published MEMBERS items: people acting for a current member
  organisation, and coordinators;
- drafts, submitted and returned items: their author and coordinators — not the author's colleagues;
- the coordinator writes and publishes directly; people of member organisations write and submit, and the
  coordinator approves (publishes) or returns the item with a note;
- the author changes the text only while it is a draft or returned; the coordinator may correct any item.

`can_view` is the per-object twin of `selectors.news_visible_queryset`; the tests hold both to one matrix.
"""

from typing import Any

from platforma.community.news.models import EDITABLE_STATUSES, PUBLISHABLE_STATUSES, News, NewsStatus
from platforma.core.models import Visibility
from platforma.organisations.permissions import is_coordinator, member_organisations


def is_author(user: Any, news: News) -> bool:
    if not user.is_authenticated:
        return False
    return news.author_id == user.pk


def can_view(user: Any, news: News) -> bool:
    if is_coordinator(user):
        return True
    if is_author(user, news):
        return True
    if news.status != NewsStatus.PUBLISHED:
        return False
    if news.visibility == Visibility.PUBLIC:
        return True
    return bool(member_organisations(user))


def can_create(user: Any) -> bool:
    if is_coordinator(user):
        return True
    return bool(member_organisations(user))


def can_edit(user: Any, news: News) -> bool:
    if is_coordinator(user):
        return True
    if news.status not in EDITABLE_STATUSES:
        return False
    return is_author(user, news)


def can_submit(user: Any, news: News) -> bool:
    # The coordinator publishes instead of asking themselves for approval.
    if is_coordinator(user):
        return False
    if news.status not in EDITABLE_STATUSES:
        return False
    if not is_author(user, news):
        return False
    # Someone whose organisation left the cluster keeps their drafts but no longer submits.
    return bool(member_organisations(user))


def can_publish(user: Any, news: News) -> bool:
    if not is_coordinator(user):
        return False
    return news.status in PUBLISHABLE_STATUSES


def can_review(user: Any, news: News | None = None) -> bool:
    """The coordinator's review queue; with an item: whether it waits for a decision now."""
    if not is_coordinator(user):
        return False
    if news is None:
        return True
    return news.status == NewsStatus.SUBMITTED


def can_unpublish(user: Any, news: News) -> bool:
    if news.status != NewsStatus.PUBLISHED:
        return False
    if is_coordinator(user):
        return True
    return is_author(user, news)
