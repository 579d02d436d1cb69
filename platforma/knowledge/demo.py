"""Loads the demo articles (demo_articles.py) on top of the demo cluster that `seed_demo` created.

Rows are written directly rather than through the services: the services would e-mail authors and the
coordinator about reviews nobody did. What the services guarantee (authors, versions, a status history
that follows the review workflow) is built here the same way. Dates are historical and derived from the
data, so every load gives the same knowledge base, shifted to the day it runs. Articles whose title is
already there are skipped, so loading twice adds nothing.
"""

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.knowledge.demo_articles import ARTICLES, ArticleData
from platforma.knowledge.models import (
    Article,
    ArticleAuthor,
    ArticleStatus,
    ArticleStatusChange,
    ArticleVersion,
)
from platforma.knowledge.services import article_slug
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence

COORDINATOR_EMAIL = "anna.wrobel@ekopark.example"
FIRST_VERSION_NOTE = "Pierwsza wersja."


class KnowledgeDemoError(Exception):
    """The demo cluster is not loaded (or not whole); nothing was written."""


def _without_last_sections(body: str, count: int) -> str:
    """The text without its last `count` "## " sections: what an earlier, shorter version said."""
    sections = body.split("\n\n## ")
    return "\n\n## ".join(sections[: max(1, len(sections) - count)])


class _Loader:
    def __init__(self, now: datetime) -> None:
        self.now = now.replace(microsecond=0)
        self.counts: Counter[str] = Counter()

    def _at(self, days_ago: float, hour: int = 10) -> datetime:
        moment = timezone.localtime(self.now - timedelta(days=days_ago))
        return moment.replace(hour=hour, minute=(int(days_ago * 7) % 12) * 5, second=0)

    def _lookups(self) -> None:
        emails = {email for data in ARTICLES for email in data["authors"]}
        for data in ARTICLES:
            emails |= {revision["by"] for revision in data.get("revisions", [])}
        self.users = {user.email: user for user in User.objects.filter(email__in=emails)}
        slugs = {slug for data in ARTICLES for slug in data["organisations"]}
        self.organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
        competence_slugs = {slug for data in ARTICLES for slug in data["competences"]}
        self.competences = {c.slug: c for c in Competence.objects.filter(slug__in=competence_slugs)}
        missing = sorted(emails - set(self.users)) + sorted(slugs - set(self.organisations))
        missing += sorted(competence_slugs - set(self.competences))
        if missing:
            raise KnowledgeDemoError(
                f"Brak {len(missing)} osób, organizacji lub kompetencji demonstracyjnych "
                f"(np. {', '.join(missing[:3])}). Uruchom najpierw `manage.py seed_demo`."
            )
        coordinator = User.objects.filter(email=COORDINATOR_EMAIL).first()
        self.coordinator = coordinator or User.objects.filter(is_coordinator=True).order_by("pk").first()

    def run(self) -> dict[str, int]:
        self._lookups()
        existing = set(Article.objects.filter(title__in=[a["title"] for a in ARTICLES]).values_list("title", flat=True))
        for data in ARTICLES:
            if data["title"] not in existing:
                self._article(data)
        return dict(self.counts)

    def _article(self, data: ArticleData) -> None:
        authors = [self.users[email] for email in data["authors"]]
        revisions = data.get("revisions", [])
        status = data["status"]
        published = status == ArticleStatus.PUBLISHED
        # Published: written some weeks before publication, one week per earlier version. Others: started then.
        anchor = self._at(data["days_ago"])
        created = anchor - timedelta(days=7 * (len(revisions) + 1)) if published else anchor
        article = Article(
            title=data["title"],
            slug=article_slug(data["title"]),
            kind=data["kind"],
            summary=data["summary"],
            body=data["body"],
            visibility=data["visibility"],
            status=status,
            created_by=authors[0],
            published_at=anchor if published else None,
            submitted_at=self._submitted_at(data, anchor),
            review_note=data.get("review_note", ""),
        )
        article.full_clean()
        article.save()
        ArticleAuthor.objects.bulk_create(
            [ArticleAuthor(article=article, user=user, position=index) for index, user in enumerate(authors)]
        )
        article.organisations.set([self.organisations[slug] for slug in data["organisations"]])
        article.competences.set([self.competences[slug] for slug in data["competences"]])
        last_change = self._versions(article, data, created)
        last_change = max(last_change, self._history(article, data, created, anchor))
        Article.objects.filter(pk=article.pk).update(created_at=created, updated_at=last_change)
        self.counts["articles"] += 1
        self.counts[status] += 1

    def _submitted_at(self, data: ArticleData, anchor: datetime) -> datetime | None:
        if data["status"] == ArticleStatus.PUBLISHED:
            return anchor - timedelta(days=2)
        if data["status"] in (ArticleStatus.IN_REVIEW, ArticleStatus.RETURNED):
            return anchor + timedelta(days=1)
        return None

    def _versions(self, article: Article, data: ArticleData, created: datetime) -> datetime:
        revisions = data.get("revisions", [])
        rows: list[tuple[ArticleVersion, datetime]] = []
        for number, revision in enumerate(revisions, start=1):
            version = ArticleVersion(
                article=article,
                number=number,
                title=revision.get("title", data["title"]),
                summary=data["summary"],
                body=_without_last_sections(data["body"], revision["drop_last"]),
                changed_by=self.users[revision["by"]],
                note=revision["note"],
            )
            rows.append((version, created + timedelta(days=7 * (number - 1), hours=number)))
        final = ArticleVersion(
            article=article,
            number=len(revisions) + 1,
            title=data["title"],
            summary=data["summary"],
            body=data["body"],
            changed_by=self.users[data["authors"][0]],
            note=data.get("final_note", FIRST_VERSION_NOTE),
        )
        rows.append((final, created + timedelta(days=7 * len(revisions), hours=len(revisions) + 1)))
        for version, moment in rows:
            version.save()
            ArticleVersion.objects.filter(pk=version.pk).update(created_at=moment)
        self.counts["versions"] += len(rows)
        return rows[-1][1]

    def _history(self, article: Article, data: ArticleData, created: datetime, anchor: datetime) -> datetime:
        author = self.users[data["authors"][0]]
        status = data["status"]
        steps: list[tuple[str, str, Any, str, datetime]] = [("", ArticleStatus.DRAFT, author, "", created)]
        if status != ArticleStatus.DRAFT:
            submitted = self._submitted_at(data, anchor) or anchor
            steps.append((ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, author, "", submitted))
        if status == ArticleStatus.PUBLISHED:
            steps.append((ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED, self.coordinator, "", anchor))
        if status == ArticleStatus.RETURNED:
            returned = anchor + timedelta(days=3)
            steps.append(
                (ArticleStatus.IN_REVIEW, ArticleStatus.RETURNED, self.coordinator, data["review_note"], returned)
            )
        for from_status, to_status, by, note, moment in steps:
            change = ArticleStatusChange.objects.create(
                article=article, from_status=from_status, to_status=to_status, changed_by=by, note=note
            )
            ArticleStatusChange.objects.filter(pk=change.pk).update(changed_at=moment)
        self.counts["status_changes"] += len(steps)
        return steps[-1][4]


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Creates the demo articles and returns counts: articles, per status, versions, status_changes.

    Raises KnowledgeDemoError (and writes nothing) when the demo cluster is missing. Sends no e-mail.
    """
    return _Loader(now).run()
