"""Every write to articles: text and versions, review, images and attachments.

Permissions are the views' job; the rules that hold whoever calls (which status may follow which, a
comment when returning, at least one author) are checked here and broken ones raise ValidationError with
a Polish message. Each save that changes the text records a version with who saved it.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from platforma.community.notifications.services import notify
from platforma.core.models import Visibility
from platforma.core.uploads import validate_image
from platforma.knowledge import notifications, tasks
from platforma.knowledge.case_studies import CaseStudySource
from platforma.knowledge.files import image_extension, validate_attachment
from platforma.knowledge.models import (
    EDITABLE_STATUSES,
    Article,
    ArticleAttachment,
    ArticleAuthor,
    ArticleImage,
    ArticleKind,
    ArticleStatus,
    ArticleStatusChange,
    ArticleVersion,
)
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import is_coordinator
from platforma.taxonomy.models import Competence

ARTICLE_VISIBILITIES = (Visibility.PUBLIC, Visibility.MEMBERS)


POLISH_TO_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def article_slug(title: str) -> str:
    """The readable part of the address: "Hałdy płonące" → "haldy-plonace" (slugify drops "ł" otherwise)."""
    return slugify(title.translate(POLISH_TO_ASCII))[:100].strip("-") or "artykul"


def _set_authors(*, article: Article, authors: Sequence[Any]) -> None:
    people = list(dict.fromkeys(authors))  # keeps the order, drops repeats
    if not people:
        raise ValidationError({"authors": _("Artykuł musi mieć co najmniej jednego autora lub autorkę.")})
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        [ArticleAuthor(article=article, user=person, position=index) for index, person in enumerate(people)]
    )


def _record_version(*, article: Article, by: Any, note: str = "") -> ArticleVersion | None:
    """Stores the article's text as a new version, unless it is the same as the latest one."""
    latest = article.versions.order_by("-number").first()
    if latest and (latest.title, latest.summary, latest.body) == (article.title, article.summary, article.body):
        return None
    version = ArticleVersion(
        article=article,
        number=(latest.number + 1) if latest else 1,
        title=article.title,
        summary=article.summary,
        body=article.body,
        changed_by=by,
        note=note.strip()[:300],
    )
    version.full_clean()
    version.save()
    return version


def _record_status(*, article: Article, from_status: str, by: Any, note: str = "") -> None:
    change = ArticleStatusChange(
        article=article, from_status=from_status, to_status=article.status, changed_by=by, note=note
    )
    change.full_clean()
    change.save()


def _check_visibility(visibility: str) -> None:
    if visibility not in ARTICLE_VISIBILITIES:
        raise ValidationError({"visibility": _("Artykuł jest publiczny albo tylko dla członków klastra.")})


@transaction.atomic
def article_create(
    *,
    author: Any,
    title: str,
    kind: str,
    summary: str,
    body: str,
    competences: Iterable[Competence] = (),
    organisations: Iterable[Organisation] = (),
    co_authors: Iterable[Any] = (),
    visibility: str = Visibility.PUBLIC,
    source_url: str = "",
    note: str = "",
    submit: bool = False,
) -> Article:
    """Creates a draft with `author` first among its authors; records version 1 and the first status.

    `submit` hands it to the coordinator at once (see article_submit).
    """
    _check_visibility(visibility)
    article = Article(
        title=title.strip(),
        slug=article_slug(title),
        kind=kind,
        summary=summary.strip(),
        body=body,
        visibility=visibility,
        status=ArticleStatus.DRAFT,
        created_by=author,
        source_url=source_url,
    )
    article.full_clean()
    article.save()
    _set_authors(article=article, authors=[author, *co_authors])
    article.competences.set(list(competences))
    article.organisations.set(list(organisations))
    _record_version(article=article, by=author, note=note or _("Pierwsza wersja."))
    _record_status(article=article, from_status="", by=author)
    if submit:
        article = article_submit(article=article, by=author)
    return article


@transaction.atomic
def article_update(
    *,
    article: Article,
    by: Any,
    title: str,
    kind: str,
    summary: str,
    body: str,
    competences: Iterable[Competence] = (),
    organisations: Iterable[Organisation] = (),
    authors: Sequence[Any] | None = None,
    visibility: str = Visibility.PUBLIC,
    note: str = "",
    submit: bool = False,
) -> Article:
    """Changes the text and metadata; a changed text becomes a new version saved by `by`.

    `authors` replaces the list of people (None keeps it). Authors change a draft or a returned article only;
    the coordinator may correct any article. `submit` also hands it to review (see article_submit).
    """
    _check_visibility(visibility)
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if locked.status not in EDITABLE_STATUSES and not is_coordinator(by):
        raise ValidationError(_("Tego artykułu nie można teraz zmieniać: jest w recenzji albo opublikowany."))
    article.title = title.strip()
    article.slug = article_slug(title)
    article.kind = kind
    article.summary = summary.strip()
    article.body = body
    article.visibility = visibility
    article.full_clean()
    article.save(update_fields=["title", "slug", "kind", "summary", "body", "visibility", "updated_at"])
    article.competences.set(list(competences))
    article.organisations.set(list(organisations))
    if authors is not None:
        _set_authors(article=article, authors=authors)
    _record_version(article=article, by=by, note=note)
    if submit:
        article = article_submit(article=article, by=by)
    return article


def _move(*, article: Article, by: Any, allowed_from: Sequence[str], to_status: str, note: str = "") -> Article:
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if locked.status not in allowed_from:
        labels = dict(ArticleStatus.choices)
        raise ValidationError(
            _("Nie można zmienić statusu artykułu z „%(from)s” na „%(to)s”.")
            % {"from": labels.get(locked.status, locked.status), "to": labels.get(to_status, to_status)}
        )
    from_status = locked.status
    article.status = to_status
    update_fields = ["status", "updated_at"]
    if to_status == ArticleStatus.IN_REVIEW:
        article.submitted_at = timezone.now()
        update_fields.append("submitted_at")
    if to_status == ArticleStatus.PUBLISHED:
        article.published_at = timezone.now()
        article.review_note = ""
        update_fields += ["published_at", "review_note"]
    if to_status == ArticleStatus.RETURNED:
        article.review_note = note
        update_fields.append("review_note")
    article.save(update_fields=update_fields)
    _record_status(article=article, from_status=from_status, by=by, note=note)
    return article


@transaction.atomic
def article_submit(*, article: Article, by: Any) -> Article:
    """An author hands a draft (or a returned article) to the coordinator; e-mails the coordinators."""
    if not article.summary.strip() or not article.body.strip():
        raise ValidationError(_("Uzupełnij streszczenie i treść, zanim przekażesz artykuł do recenzji."))
    article = _move(article=article, by=by, allowed_from=EDITABLE_STATUSES, to_status=ArticleStatus.IN_REVIEW)
    article_id = article.pk
    transaction.on_commit(lambda: tasks.notify_article_submitted.enqueue(article_id))
    return article


@transaction.atomic
def article_withdraw_submission(*, article: Article, by: Any) -> Article:
    """An author takes the article back from review to change it further."""
    return _move(article=article, by=by, allowed_from=[ArticleStatus.IN_REVIEW], to_status=ArticleStatus.DRAFT)


@transaction.atomic
def article_approve(*, article: Article, by: Any, note: str = "") -> Article:
    """The coordinator publishes an article in review; e-mails its authors."""
    article = _move(
        article=article, by=by, allowed_from=[ArticleStatus.IN_REVIEW], to_status=ArticleStatus.PUBLISHED, note=note
    )
    article_id = article.pk
    transaction.on_commit(lambda: tasks.notify_article_published.enqueue(article_id))
    organisations = list(article.organisations.all())
    notify(
        verb=notifications.ARTICLE_PUBLISHED,
        target=article,
        actor=by,
        organisation=organisations[0] if organisations else None,
        followers_of=[*organisations, *article.competences.all()],
    )
    return article


@transaction.atomic
def article_return(*, article: Article, by: Any, note: str) -> Article:
    """The coordinator sends the article back to its authors with a comment; e-mails them the comment."""
    note = note.strip()
    if not note:
        raise ValidationError({"note": _("Napisz autorom, co trzeba poprawić.")})
    article = _move(
        article=article, by=by, allowed_from=[ArticleStatus.IN_REVIEW], to_status=ArticleStatus.RETURNED, note=note
    )
    article_id = article.pk
    transaction.on_commit(lambda: tasks.notify_article_returned.enqueue(article_id))
    return article


@transaction.atomic
def article_unpublish(*, article: Article, by: Any, note: str = "") -> Article:
    """Takes a published article off the list and back to a draft (to change it, it is reviewed again)."""
    return _move(
        article=article, by=by, allowed_from=[ArticleStatus.PUBLISHED], to_status=ArticleStatus.DRAFT, note=note
    )


@transaction.atomic
def image_add(*, article: Article, by: Any, image: UploadedFile, alt_text: str, caption: str = "") -> ArticleImage:
    """Adds an image after checking its content and size (core.uploads.validate_image).

    The stored name takes the extension of the format Pillow recognised, never the uploaded one: the file
    is later served with the content type of that extension.
    """
    validate_image(image)
    image.name = f"obraz.{image_extension(image)}"
    item = ArticleImage(
        article=article, image=image, alt_text=alt_text.strip(), caption=caption.strip(), uploaded_by=by
    )
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def attachment_add(*, article: Article, by: Any, file: UploadedFile, title: str = "") -> ArticleAttachment:
    """Adds an attachment after checking its content and size (files.validate_attachment)."""
    file_format = validate_attachment(file)
    original = (file.name or "").rsplit("/", 1)[-1][:255]
    file.name = f"zalacznik.{file_format}"
    item = ArticleAttachment(
        article=article,
        file=file,
        title=title.strip() or original.rsplit(".", 1)[0] or _("Załącznik"),
        file_format=file_format,
        size=file.size or 0,
        original_name=original,
        uploaded_by=by,
    )
    item.full_clean()
    item.save()
    return item


def _delete_file(item: ArticleImage | ArticleAttachment, field: str) -> None:
    stored = getattr(item, field)
    name = stored.name
    storage = stored.storage
    item.delete()
    # The file goes only once the row is surely gone: a rolled-back delete must not lose the file.
    transaction.on_commit(lambda: storage.delete(name) if name else None)


@transaction.atomic
def image_delete(*, image: ArticleImage, by: Any) -> None:
    _delete_file(image, "image")


@transaction.atomic
def attachment_delete(*, attachment: ArticleAttachment, by: Any) -> None:
    _delete_file(attachment, "file")


# --- case studies drafted from completed initiatives -----------------------------------------------

TO_FILL = "_Do uzupełnienia._"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _bullets(items: Iterable[str]) -> str:
    lines = [f"- {_one_line(item)}" for item in items if item and item.strip()]
    return "\n".join(lines) if lines else TO_FILL


def _paragraph(text: str) -> str:
    return text.strip() or TO_FILL


def case_study_body(source: CaseStudySource) -> str:
    """The Markdown of a drafted case study: one section per part of the initiative's recorded outcome."""
    sections = [
        (_("Cel"), _paragraph(source.goal)),
        (_("Partnerzy"), _bullets(source.partners)),
        (_("Zaangażowane zasoby"), _bullets(source.pledged)),
        (_("Rezultaty"), _paragraph(source.results)),
        (_("Liczby"), _paragraph(source.figures)),
        (_("Wnioski"), _paragraph(source.lessons)),
    ]
    if source.challenge_titles:
        sections.append((_("Rozwiązywane problemy"), _bullets(source.challenge_titles)))
    parts = [f"## {heading}\n\n{text}" for heading, text in sections]
    if source.source_url:
        title = _one_line(source.initiative_title).replace("[", "(").replace("]", ")")
        parts.append(
            _("Źródło: przedsięwzięcie [„%(title)s”](%(url)s) na Platformie Środowiskowej.")
            % {"title": title, "url": source.source_url.replace(" ", "%20").replace(")", "%29")}
        )
    return "\n\n".join(parts) + "\n"


@transaction.atomic
def case_study_draft_create(*, source: CaseStudySource, author: Any, visibility: str = Visibility.MEMBERS) -> Article:
    """Drafts a case study from a completed initiative's recorded outcome, for `author` to edit and publish.

    The draft is private to `author` (listed as its author, with the organisations of `organisation_ids`)
    until it passes review. Members-only by default: the initiative may hold what its partners do not
    want public, and the lead widens it when editing. Calling again for the same initiative (same
    `source_url`) returns the existing case study instead of a second one. Sends no e-mail.
    """
    if source.source_url:
        existing = Article.objects.filter(kind=ArticleKind.CASE_STUDY, source_url=source.source_url).first()
        if existing is not None:
            return existing
    title = _one_line(_("Studium przypadku: %(title)s") % {"title": source.initiative_title})[:200]
    summary = _one_line(source.goal) or _("Studium przypadku przedsięwzięcia „%(title)s”.") % {
        "title": _one_line(source.initiative_title)
    }
    return article_create(
        author=author,
        title=title,
        kind=ArticleKind.CASE_STUDY,
        summary=summary[:600],
        body=case_study_body(source),
        competences=Competence.objects.filter(pk__in=source.competence_ids),
        organisations=Organisation.objects.filter(pk__in=source.organisation_ids).order_by("name"),
        visibility=visibility,
        source_url=source.source_url[:500],
        note=_("Szkic przygotowany automatycznie z wyniku przedsięwzięcia."),
    )
