"""Images and attachments: managed by those who may edit the article, served to those who may read it.

Files are served through these views rather than straight from the media folder, so that a draft's or a
members-only article's files follow the article's visibility.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.knowledge import permissions, selectors, services
from platforma.knowledge.files import stored_content_type
from platforma.knowledge.forms import AttachmentForm, ImageForm
from platforma.knowledge.models import Article


def _files_url(article: Article) -> str:
    return reverse("knowledge:files", kwargs={"pk": article.pk})


def _editable_article(request: HttpRequest, pk: int) -> Article:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_files(request.user, article):
        raise PermissionDenied
    return article


def _render_files(
    request: HttpRequest,
    article: Article,
    *,
    image_form: ImageForm | None = None,
    attachment_form: AttachmentForm | None = None,
    template: str = "knowledge/article_files.html",
    extra: dict | None = None,
) -> HttpResponse:
    context = {
        "article": article,
        "images": list(article.images.all()),
        "attachments": list(article.attachments.all()),
        "image_form": image_form or ImageForm(),
        "attachment_form": attachment_form or AttachmentForm(),
        **(extra or {}),
    }
    return render(request, template, context)


@login_required
def article_files(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_files(request, _editable_article(request, pk))


@login_required
@require_POST
def image_upload(request: HttpRequest, pk: int) -> HttpResponse:
    article = _editable_article(request, pk)
    form = ImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.image_add(
                article=article,
                by=request.user,
                image=form.cleaned_data["image"],
                alt_text=form.cleaned_data["alt_text"],
                caption=form.cleaned_data["caption"],
            )
        except ValidationError as error:
            form.add_error("image", error)
        else:
            messages.success(request, _("Dodano obraz."))
            return redirect(_files_url(article))
    return _render_files(request, article, image_form=form)


@login_required
@require_POST
def attachment_upload(request: HttpRequest, pk: int) -> HttpResponse:
    article = _editable_article(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attachment_add(
                article=article, by=request.user, file=form.cleaned_data["file"], title=form.cleaned_data["title"]
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("Dodano załącznik."))
            return redirect(_files_url(article))
    return _render_files(request, article, attachment_form=form)


def _deleted(request: HttpRequest, article: Article, message: str) -> HttpResponse:
    if request.htmx:
        article = selectors.article_get_for_user(user=request.user, pk=article.pk)
        return _render_files(
            request, article, template="knowledge/article_files.html#files", extra={"files_message": message}
        )
    messages.success(request, message)
    return redirect(_files_url(article))


@require_POST
def image_delete(request: HttpRequest, pk: int, image_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("knowledge:files", kwargs={"pk": pk}))
    article = _editable_article(request, pk)
    image = selectors.image_get(article=article, pk=image_pk)
    services.image_delete(image=image, by=request.user)
    return _deleted(request, article, _("Usunięto obraz „%(name)s”.") % {"name": image.alt_text})


@require_POST
def attachment_delete(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("knowledge:files", kwargs={"pk": pk}))
    article = _editable_article(request, pk)
    attachment = selectors.attachment_get(article=article, pk=attachment_pk)
    services.attachment_delete(attachment=attachment, by=request.user)
    return _deleted(request, article, _("Usunięto załącznik „%(name)s”.") % {"name": attachment.title})


def _serve(stored: FieldFile, *, as_attachment: bool, filename: str = "") -> FileResponse:
    try:
        handle = stored.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=as_attachment, filename=filename, content_type=stored_content_type(stored.name or "")
    )
    # Readable only through the article's visibility: shared caches must not keep a copy.
    response["Cache-Control"] = "private, max-age=3600"
    return response


def image_file(request: HttpRequest, pk: int, image_pk: int) -> FileResponse:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    image = selectors.image_get(article=article, pk=image_pk)
    return _serve(image.image, as_attachment=False)


def attachment_file(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    attachment = selectors.attachment_get(article=article, pk=attachment_pk)
    name = attachment.original_name or f"{attachment.title}.{attachment.file_format}"
    return _serve(attachment.file, as_attachment=True, filename=name)
