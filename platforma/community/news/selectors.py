"""Reads of news, always through the visibility rules (the twin of permissions.can_view).

- published PUBLIC items: everyone;
- published MEMBERS items: people acting for a current member organisation of the cluster;
- an author's own items in any status: that author;
- everything: coordinators.

The public list and the feeds show published items only, whoever asks: drafts live on "my news" and in
the coordinator's panel, not among the announcements.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404

from platforma.community.news.models import News, NewsQuerySet, NewsStatus
from platforma.core.models import Visibility
from platforma.organisations.permissions import is_coordinator, member_organisations
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

FEED_LENGTH = 30


def _visibility_filter(user: Any) -> Q | None:
    """The condition an item must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    levels = [Visibility.PUBLIC]
    if member_organisations(user):
        levels.append(Visibility.MEMBERS)
    condition = Q(status=NewsStatus.PUBLISHED, visibility__in=levels)
    if user.is_authenticated:
        condition |= Q(author_id=user.pk)
    return condition


def news_visible_queryset(*, user: Any) -> NewsQuerySet:
    """Every item `user` may see, in any status, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = News.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def _for_cards(queryset: NewsQuerySet) -> NewsQuerySet:
    return queryset.select_related("organisation", "author").prefetch_related(
        Prefetch("competences", queryset=Competence.objects.order_by("position", "pk"))
    )


def apply_filters(queryset: NewsQuerySet, filters: Mapping[str, Any] | None) -> NewsQuerySet:
    """Keys: `competence` (a slug; its sub-competences count too). Unknown values are ignored."""
    filters = filters or {}
    slug = filters.get("competence")
    # An unknown slug is a typo to ignore, not a reason for an empty list.
    if slug and (ids := competence_with_descendants(str(slug))):
        through = News.competences.through.objects.filter(news_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    return queryset


def news_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> NewsQuerySet:
    """Published items `user` may see, filtered, newest first, ready for cards (constant number of queries)."""
    queryset = news_visible_queryset(user=user).filter(status=NewsStatus.PUBLISHED)
    return _for_cards(apply_filters(queryset, filters)).newest_first()


def news_get_for_user(*, user: Any, pk: Any) -> News:
    """The item if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    news = _for_cards(news_visible_queryset(user=user)).filter(pk=pk).first()
    if news is None:
        raise Http404
    return news


def news_list_of_author(*, user: Any) -> NewsQuerySet:
    """Everything `user` wrote, in any status: what waits for them first, then the newest."""
    if not user.is_authenticated:
        return News.objects.none()
    return _for_cards(News.objects.filter(author_id=user.pk)).order_by("-updated_at", "-pk")


def news_feed_items(*, limit: int = FEED_LENGTH) -> list[News]:
    """The newest public published items for the RSS and Atom feeds, which anyone may read."""
    return list(_for_cards(News.objects.public()).newest_first()[:limit])


def news_list_for_review(*, status: str = "") -> NewsQuerySet:
    """The coordinator's panel: submitted items by default, the longest waiting first; or any one status."""
    chosen = status if status in NewsStatus.values else NewsStatus.SUBMITTED
    queryset = _for_cards(News.objects.filter(status=chosen))
    if chosen == NewsStatus.SUBMITTED:
        return queryset.order_by("submitted_at", "pk")
    return queryset.order_by("-updated_at", "-pk")


def news_get_for_review(*, pk: Any) -> News:
    try:
        return _for_cards(News.objects.all()).get(pk=int(pk))
    except (TypeError, ValueError, News.DoesNotExist) as error:
        raise Http404 from error


def news_waiting_count() -> int:
    return News.objects.filter(status=NewsStatus.SUBMITTED).count()
