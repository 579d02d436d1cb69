"""Every write to news: writing, submitting, the coordinator's review, unpublishing.

Permissions are the views' job; the rules that hold whoever calls (which status may follow which, a note
when returning, a description for every image) are checked here, and broken ones raise ValidationError
with a Polish message. Notifications go through `notify()`, which fans out after the commit.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from platforma.accounts.models import User
from platforma.community.news.models import EDITABLE_STATUSES, PUBLISHABLE_STATUSES, News, NewsStatus
from platforma.community.notifications.services import notify
from platforma.core.models import Visibility
from platforma.core.uploads import validate_image
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import is_coordinator
from platforma.taxonomy.models import Competence

NEWS_VISIBILITIES = (Visibility.PUBLIC, Visibility.MEMBERS)
IMAGE_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}


def _check_visibility(visibility: str) -> None:
    if visibility not in NEWS_VISIBILITIES:
        raise ValidationError({"visibility": _("Aktualność jest publiczna albo tylko dla członków klastra.")})


def _prepare_image(image: UploadedFile) -> UploadedFile:
    """Checks the content and size, and names the file after the format Pillow recognised.

    The name the browser sent is never used: the file is served with the content type of its extension.
    """
    validate_image(image)
    image.seek(0)
    try:
        with Image.open(image) as opened:
            extension = IMAGE_EXTENSIONS[opened.format or ""]
    finally:
        image.seek(0)
    image.name = f"zdjecie.{extension}"
    return image


def _delete_file_later(name: str, storage: Any) -> None:
    # Only once the row surely points elsewhere: a rolled-back change must not lose the file.
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def _apply_image(*, news: News, image: UploadedFile | None, image_alt: str, remove_image: bool) -> str:
    """Sets the new image (or removes the old one); returns the stored name of a file to delete."""
    old_name = news.image.name or ""
    news.image_alt = image_alt.strip()
    if image is not None:
        news.image = _prepare_image(image)  # type: ignore[assignment]
        return old_name
    if remove_image:
        news.image = ""  # type: ignore[assignment]
        news.image_alt = ""
        return old_name
    return ""


@transaction.atomic
def news_create(
    *,
    author: Any,
    title: str,
    lead: str,
    body: str,
    competences: Iterable[Competence] = (),
    organisation: Organisation | None = None,
    visibility: str = Visibility.PUBLIC,
    image: UploadedFile | None = None,
    image_alt: str = "",
    submit: bool = False,
    publish: bool = False,
) -> News:
    """Creates a draft by `author`. `submit` hands it to the coordinator at once (news_submit);
    `publish` publishes it at once (news_publish — the coordinator's own announcements)."""
    _check_visibility(visibility)
    news = News(
        title=title.strip(),
        lead=lead.strip(),
        body=body,
        author=author,
        organisation=organisation,
        visibility=visibility,
        status=NewsStatus.DRAFT,
    )
    _apply_image(news=news, image=image, image_alt=image_alt, remove_image=False)
    news.full_clean()
    news.save()
    news.competences.set(list(competences))
    if publish:
        return news_publish(news=news, by=author)
    if submit:
        return news_submit(news=news, by=author)
    return news


@transaction.atomic
def news_update(
    *,
    news: News,
    by: Any,
    title: str,
    lead: str,
    body: str,
    competences: Iterable[Competence] = (),
    organisation: Organisation | None = None,
    visibility: str = Visibility.PUBLIC,
    image: UploadedFile | None = None,
    image_alt: str = "",
    remove_image: bool = False,
    submit: bool = False,
    publish: bool = False,
) -> News:
    """Changes the text, image and metadata. The author changes a draft or a returned item only; the
    coordinator may correct any item, a published one too (the change shows at once, nobody is notified)."""
    _check_visibility(visibility)
    locked = News.objects.select_for_update().get(pk=news.pk)
    if locked.status not in EDITABLE_STATUSES and not is_coordinator(by):
        raise ValidationError(
            _("Tej aktualności nie można teraz zmieniać: czeka na zatwierdzenie albo jest opublikowana.")
        )
    news.title = title.strip()
    news.lead = lead.strip()
    news.body = body
    news.organisation = organisation
    news.visibility = visibility
    old_file = _apply_image(news=news, image=image, image_alt=image_alt, remove_image=remove_image)
    news.full_clean()
    news.save(update_fields=["title", "lead", "body", "organisation", "visibility", "image", "image_alt", "updated_at"])
    news.competences.set(list(competences))
    if old_file:
        _delete_file_later(old_file, news.image.storage)
    if publish:
        return news_publish(news=news, by=by)
    if submit:
        return news_submit(news=news, by=by)
    return news


def _move(*, news: News, allowed_from: Sequence[str], to_status: str) -> str:
    """Moves the item to `to_status` if its current status (read under a lock) allows; returns the old one."""
    locked = News.objects.select_for_update().get(pk=news.pk)
    if locked.status not in allowed_from:
        labels = dict(NewsStatus.choices)
        raise ValidationError(
            _("Nie można zmienić statusu aktualności z „%(from)s” na „%(to)s”.")
            % {"from": labels.get(locked.status, locked.status), "to": labels.get(to_status, to_status)}
        )
    news.status = to_status
    return locked.status


def _coordinators() -> list[User]:
    return list(User.objects.filter(is_coordinator=True, is_active=True))


@transaction.atomic
def news_submit(*, news: News, by: Any) -> News:
    """The author hands a draft (or a returned item) to the coordinator; notifies the coordinators at once."""
    _move(news=news, allowed_from=EDITABLE_STATUSES, to_status=NewsStatus.SUBMITTED)
    news.submitted_at = timezone.now()
    news.save(update_fields=["status", "submitted_at", "updated_at"])
    notify(
        verb="news.submitted",
        target=news,
        actor=by,
        recipients=_coordinators(),
        organisation=news.organisation,
        in_stream=False,
    )
    return news


@transaction.atomic
def news_publish(*, news: News, by: Any) -> News:
    """The coordinator publishes: their own draft directly, or a member's item after review.

    Side effects: tells the followers of the item's competences and organisation ("news.published",
    weekly by default; only those who may see the item), and the author if someone else published it.
    """
    _move(news=news, allowed_from=PUBLISHABLE_STATUSES, to_status=NewsStatus.PUBLISHED)
    news.published_at = timezone.now()
    news.review_note = ""
    news.save(update_fields=["status", "published_at", "review_note", "updated_at"])
    followed: list[Any] = list(news.competences.all())
    if news.organisation is not None:
        followed.append(news.organisation)
    notify(
        verb="news.published",
        target=news,
        actor=by,
        organisation=news.organisation,
        followers_of=followed,
    )
    if news.author_id is not None and news.author_id != getattr(by, "pk", None):
        notify(verb="news.reviewed", target=news, actor=by, recipients=[news.author], in_stream=False)
    return news


@transaction.atomic
def news_return(*, news: News, by: Any, note: str) -> News:
    """The coordinator sends a submitted item back to its author with a note; notifies the author at once."""
    note = note.strip()
    if not note:
        raise ValidationError({"note": _("Napisz autorowi, co trzeba poprawić.")})
    _move(news=news, allowed_from=[NewsStatus.SUBMITTED], to_status=NewsStatus.RETURNED)
    news.review_note = note
    news.save(update_fields=["status", "review_note", "updated_at"])
    if news.author is not None:
        notify(
            verb="news.reviewed",
            target=news,
            actor=by,
            recipients=[news.author],
            summary=_("Do poprawy: %(title)s") % {"title": news.title},
            in_stream=False,
        )
    return news


@transaction.atomic
def news_unpublish(*, news: News, by: Any) -> News:
    """Takes a published item off the list and the feeds, back to a draft (published again after review)."""
    _move(news=news, allowed_from=[NewsStatus.PUBLISHED], to_status=NewsStatus.DRAFT)
    news.published_at = None
    news.save(update_fields=["status", "published_at", "updated_at"])
    return news
