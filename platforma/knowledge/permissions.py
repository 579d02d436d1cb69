"""Who may do what with articles. Plain functions; each condition on its own line.

The rules, in short:
- published PUBLIC articles: everyone reads them; published MEMBERS articles: people acting for a current
  member organisation, and coordinators;
- drafts, articles in review and returned ones: their authors (the people named on them) and coordinators —
  not the rest of the author organisation: a draft is private to the people who write it;
- people acting for member organisations (and coordinators) write; the coordinator reviews every article
  before anybody else reads it, members-only ones included, so nothing reaches readers unreviewed;
- authors change the text only while it is a draft or returned; a published article is withdrawn to a draft
  first. The coordinator may correct any article at any time.
- the version history (earlier, unreviewed texts) is for the authors and coordinators.

`can_view` is the per-object twin of `selectors.article_visible_queryset`; the tests hold both to one matrix.
"""

from typing import Any

from platforma.core.models import Visibility
from platforma.knowledge.models import EDITABLE_STATUSES, Article, ArticleStatus
from platforma.organisations.permissions import is_coordinator, member_organisations


def is_author(user: Any, article: Article) -> bool:
    if not user.is_authenticated:
        return False
    # Uses the prefetched author links when the caller loaded them, one query otherwise.
    return any(link.user_id == user.pk for link in article.author_links.all())


def can_view(user: Any, article: Article) -> bool:
    if is_coordinator(user):
        return True
    if is_author(user, article):
        return True
    if article.status != ArticleStatus.PUBLISHED:
        return False
    if article.visibility == Visibility.PUBLIC:
        return True
    return bool(member_organisations(user))


def can_create_article(user: Any) -> bool:
    if is_coordinator(user):
        return True
    return bool(member_organisations(user))


def can_edit(user: Any, article: Article) -> bool:
    if is_coordinator(user):
        return True
    if article.status not in EDITABLE_STATUSES:
        return False
    return is_author(user, article)


def can_manage_files(user: Any, article: Article) -> bool:
    return can_edit(user, article)


def can_submit(user: Any, article: Article) -> bool:
    if article.status not in EDITABLE_STATUSES:
        return False
    # Only authors: a coordinator who wrote nothing here reviews instead of submitting.
    return is_author(user, article)


def can_withdraw_submission(user: Any, article: Article) -> bool:
    if article.status != ArticleStatus.IN_REVIEW:
        return False
    return is_author(user, article)


def can_review(user: Any, article: Article | None = None) -> bool:
    if not is_coordinator(user):
        return False
    if article is None:
        return True
    return article.status == ArticleStatus.IN_REVIEW


def can_unpublish(user: Any, article: Article) -> bool:
    if article.status != ArticleStatus.PUBLISHED:
        return False
    if is_coordinator(user):
        return True
    return is_author(user, article)


def can_view_history(user: Any, article: Article) -> bool:
    if is_coordinator(user):
        return True
    return is_author(user, article)
