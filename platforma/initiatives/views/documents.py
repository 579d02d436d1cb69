"""Documents of an initiative: the list with the upload form, one document's versions, downloads.

Files are served through a view that applies the initiative's visibility, never straight from MEDIA_URL.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.forms import DocumentForm, DocumentVersionForm
from platforma.initiatives.models import Document, Initiative
from platforma.initiatives.views._common import HtmxHttpRequest, load, login_then, page_context


def _render_list(request: HtmxHttpRequest, initiative: Initiative, form: DocumentForm | None = None) -> HttpResponse:
    can_work = permissions.can_work(request.user, initiative)
    context = page_context(
        request,
        initiative,
        "documents",
        documents=selectors.document_list(initiative=initiative),
        form=(form or DocumentForm()) if can_work else None,
    )
    return render(request, "initiatives/documents.html", context)


def document_list(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return _render_list(request, load(request, pk))


@require_POST
def document_upload(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:documents", args=[pk]))
    initiative = load(request, pk)
    if not permissions.can_work(request.user, initiative):
        raise PermissionDenied
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            document = services.document_upload(
                initiative=initiative,
                by=request.user,
                title=form.cleaned_data["title"],
                upload=form.cleaned_data["file"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("Dodano dokument „%(title)s”.") % {"title": document.title})
            return redirect(reverse("initiatives:documents", args=[initiative.pk]))
    return _render_list(request, initiative, form)


def _render_document(
    request: HtmxHttpRequest, initiative: Initiative, document: Document, form: DocumentVersionForm | None = None
) -> HttpResponse:
    can_work = permissions.can_work(request.user, initiative)
    context = page_context(
        request,
        initiative,
        "documents",
        document=document,
        versions=list(document.versions.all()),
        form=(form or DocumentVersionForm()) if can_work else None,
    )
    return render(request, "initiatives/document_detail.html", context)


def document_detail(request: HtmxHttpRequest, pk: int, document_pk: int) -> HttpResponse:
    initiative = load(request, pk)
    return _render_document(request, initiative, selectors.document_get(initiative=initiative, pk=document_pk))


@require_POST
def document_version_add(request: HtmxHttpRequest, pk: int, document_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("initiatives:document", args=[pk, document_pk]))
    initiative = load(request, pk)
    document = selectors.document_get(initiative=initiative, pk=document_pk)
    if not permissions.can_work(request.user, initiative):
        raise PermissionDenied
    form = DocumentVersionForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            version = services.document_add_version(
                document=document,
                by=request.user,
                upload=form.cleaned_data["file"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("Dodano wersję %(number)s dokumentu.") % {"number": version.number})
            return redirect(reverse("initiatives:document", args=[initiative.pk, document.pk]))
    return _render_document(request, initiative, document, form)


def version_download(request: HtmxHttpRequest, pk: int, document_pk: int, version_pk: int) -> FileResponse:
    initiative = load(request, pk)
    document = selectors.document_get(initiative=initiative, pk=document_pk)
    version = selectors.version_get(document=document, pk=version_pk)
    try:
        handle = version.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=version.original_name, content_type=version.content_type)
