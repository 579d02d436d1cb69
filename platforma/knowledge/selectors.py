"""Reads of articles, always through the visibility rules (the twin of permissions.can_view).

- published PUBLIC articles: everyone;
- published MEMBERS articles: people acting for a current member organisation of the cluster;
- drafts, articles in review and returned ones: the people named as their authors;
- everything: coordinators.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from platforma.accounts.models import User
from platforma.challenges.models import Challenge, ChallengeStatus
from platforma.challenges.selectors import challenge_visible_queryset, competence_with_descendants
from platforma.core.models import Visibility
from platforma.knowledge.models import (
    Article,
    ArticleAttachment,
    ArticleAuthor,
    ArticleImage,
    ArticleKind,
    ArticleQuerySet,
    ArticleStatus,
    ArticleStatusChange,
    ArticleVersion,
)
from platforma.organisations.models import Organisation, OrganisationMembership
from platforma.organisations.permissions import is_coordinator, member_organisations
from platforma.taxonomy.models import Competence

RELATED_ARTICLES = 4
RELATED_CHALLENGES = 5
# Challenges still worth reading next to an article: being solved, or solved already.
RELATED_CHALLENGE_STATUSES = (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED)


def _visibility_filter(user: Any) -> Q | None:
    """The condition an article must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    levels = [Visibility.PUBLIC]
    if member_organisations(user):
        levels.append(Visibility.MEMBERS)
    condition = Q(status=ArticleStatus.PUBLISHED, visibility__in=levels)
    if user.is_authenticated:
        # Exists rather than a join: an article stays one row whatever its number of authors.
        condition |= Q(Exists(ArticleAuthor.objects.filter(article_id=OuterRef("pk"), user_id=user.pk)))
    return condition


def article_visible_queryset(*, user: Any) -> ArticleQuerySet:
    """Every article `user` may see, in any status, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = Article.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def _authors_prefetch() -> Prefetch:
    return Prefetch("author_links", queryset=ArticleAuthor.objects.select_related("user").order_by("position", "pk"))


def _card_prefetches(queryset: ArticleQuerySet) -> ArticleQuerySet:
    return queryset.prefetch_related(
        _authors_prefetch(),
        Prefetch("organisations", queryset=Organisation.objects.order_by("name")),
        Prefetch("competences", queryset=Competence.objects.order_by("position", "pk")),
    )


def apply_filters(queryset: ArticleQuerySet, filters: Mapping[str, Any] | None) -> ArticleQuerySet:
    """Filters by the cleaned values of the list's form; unknown or empty values are ignored.

    Keys: `kind` (an ArticleKind), `competence` (a slug; its sub-competences count too), `q` (title,
    summary and text).
    """
    filters = filters or {}
    if (kind := filters.get("kind")) and kind in ArticleKind.values:
        queryset = queryset.filter(kind=kind)
    slug = filters.get("competence")
    if slug and (ids := competence_with_descendants(str(slug))):
        through = Article.competences.through.objects.filter(article_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(title__icontains=q) | Q(summary__icontains=q) | Q(body__icontains=q))
    return queryset


def article_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> ArticleQuerySet:
    """The published articles `user` may read, filtered, newest first, ready for cards (constant queries)."""
    queryset = article_visible_queryset(user=user).published()
    return _card_prefetches(apply_filters(queryset, filters)).newest_first()


def article_list_authored(*, user: Any) -> ArticleQuerySet:
    """Everything `user` is an author of, in any status: the "my articles" page."""
    if not user.is_authenticated:
        return Article.objects.none()
    queryset = Article.objects.filter(Exists(ArticleAuthor.objects.filter(article_id=OuterRef("pk"), user_id=user.pk)))
    return _card_prefetches(queryset).order_by(F("updated_at").desc(), "-pk")


def article_list_in_review() -> ArticleQuerySet:
    """The coordinator's queue: articles waiting for review, the longest-waiting first."""
    queryset = Article.objects.filter(status=ArticleStatus.IN_REVIEW)
    return _card_prefetches(queryset).order_by(F("submitted_at").asc(nulls_first=True), "pk")


def article_get_for_user(*, user: Any, pk: Any) -> Article:
    """The article if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    article = (
        _card_prefetches(article_visible_queryset(user=user))
        .select_related("created_by")
        .prefetch_related(
            Prefetch("images", queryset=ArticleImage.objects.order_by("created_at", "pk")),
            Prefetch("attachments", queryset=ArticleAttachment.objects.order_by("created_at", "pk")),
        )
        .filter(pk=pk)
        .first()
    )
    if article is None:
        raise Http404
    return article


def related_articles(*, article: Article, user: Any, limit: int = RELATED_ARTICLES) -> list[Article]:
    """Published articles `user` may read that share the most competences with `article`."""
    ids = [competence.pk for competence in article.competences.all()]
    if not ids:
        return []
    queryset = (
        article_visible_queryset(user=user)
        .published()
        .exclude(pk=article.pk)
        .filter(competences__in=ids)
        .annotate(overlap=Count("competences", distinct=True))
        .order_by("-overlap", F("published_at").desc(nulls_last=True), "-pk")
    )
    return list(queryset[:limit])


def related_challenges(*, article: Article, user: Any, limit: int = RELATED_CHALLENGES) -> list[Challenge]:
    """Challenges `user` may see whose needed competences overlap the article's, the biggest overlap first.

    A simple overlap until a matching service exists; visibility comes from challenges' own selector.
    """
    ids = [competence.pk for competence in article.competences.all()]
    if not ids:
        return []
    queryset = (
        challenge_visible_queryset(user=user)
        .published()
        .filter(status__in=RELATED_CHALLENGE_STATUSES, competences__in=ids)
        .annotate(overlap=Count("competences", distinct=True))
        .select_related("organisation")
        .order_by("-overlap", F("published_at").desc(nulls_last=True), "-pk")
    )
    return list(queryset[:limit])


def version_list(*, article: Article) -> QuerySet[ArticleVersion]:
    return article.versions.select_related("changed_by").order_by("-number")


def version_get(*, article: Article, number: Any) -> ArticleVersion:
    try:
        return version_list(article=article).get(number=int(number))
    except (TypeError, ValueError, ArticleVersion.DoesNotExist) as error:
        raise Http404 from error


def status_history(*, article: Article) -> QuerySet[ArticleStatusChange]:
    return article.status_changes.select_related("changed_by").order_by("changed_at", "pk")


def image_get(*, article: Article, pk: Any) -> ArticleImage:
    """An image of an article the caller already loaded through `article_get_for_user`."""
    try:
        return article.images.get(pk=int(pk))
    except (TypeError, ValueError, ArticleImage.DoesNotExist) as error:
        raise Http404 from error


def attachment_get(*, article: Article, pk: Any) -> ArticleAttachment:
    """An attachment of an article the caller already loaded through `article_get_for_user`."""
    try:
        return article.attachments.get(pk=int(pk))
    except (TypeError, ValueError, ArticleAttachment.DoesNotExist) as error:
        raise Http404 from error


def article_count_visible(*, user: Any) -> int:
    """How many published articles `user` may read (for the home page or the panel)."""
    return article_visible_queryset(user=user).published().count()


def author_candidates(*, organisations: Sequence[Organisation], include: Sequence[Any] = ()) -> list[User]:
    """People who may be named as authors: those acting for `organisations`, and everyone in `include`."""
    ids = set(
        OrganisationMembership.objects.filter(
            organisation_id__in=[o.pk for o in organisations], user__is_active=True
        ).values_list("user_id", flat=True)
    )
    ids |= {person.pk for person in include}
    return list(User.objects.filter(pk__in=ids).order_by("last_name", "first_name", "pk"))


def member_organisations_all() -> list[Organisation]:
    """Every current member organisation: what the coordinator may credit as an author."""
    return list(Organisation.objects.cluster_members().order_by("name"))
