"""Applying, and what happens to an application afterwards. An application and its CV exist, as far as
anyone else can tell, only for the applicant and the organisation applied to: everybody else gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from platforma.core.pagination import paginate
from platforma.talent import permissions, selectors, services
from platforma.talent.forms import ApplicationForm, ApplicationStatusFilterForm, ApplicationStatusForm
from platforma.talent.models import Application, ApplicationStatus

PER_PAGE = 30


@login_required
@require_http_methods(["GET", "POST"])
def application_create(request: HttpRequest, pk: int) -> HttpResponse:
    offer = selectors.offer_get_for_user(user=request.user, pk=pk)
    existing = selectors.application_live_for(user=request.user, offer=offer)
    if existing is not None:
        messages.info(request, _("Już aplikujesz na tę ofertę. Oto Twoja aplikacja."))
        return redirect(existing)
    if not permissions.can_apply(request.user, offer):
        raise PermissionDenied
    form = ApplicationForm(request.POST or None, request.FILES or None, cv_required=offer.cv_required)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.application_create(
                offer=offer, applicant=request.user, message=form.cleaned_data["message"], cv=form.cleaned_data["cv"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Wysłano aplikację. Potwierdzenie przyszło na Twój e-mail; o zmianach statusu też napiszemy."),
            )
            return redirect(application)
    return render(request, "talent/application_form.html", {"form": form, "offer": offer})


@login_required
@require_GET
def offer_applications(request: HttpRequest, pk: int) -> HttpResponse:
    offer = selectors.offer_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_applications(request.user, offer):
        raise PermissionDenied
    filter_form = ApplicationStatusFilterForm(request.GET)
    status = filter_form.cleaned_data["status"] if filter_form.is_valid() else ""
    page = paginate(
        selectors.application_list_for_offer(offer=offer, status=status),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "offer": offer,
        "page_obj": page,
        "applications": page.object_list,
        "status": status,
        "statuses": ApplicationStatus.choices,
        "section": "organisation",
    }
    return render(request, "talent/offer_applications.html", context)


def _detail_context(request: HttpRequest, application: Application, form: ApplicationStatusForm | None = None) -> dict:
    user = request.user
    can_change = permissions.can_change_application_status(user, application)
    if form is None and can_change:
        form = ApplicationStatusForm(allowed=permissions.allowed_next_statuses(application))
    return {
        "application": application,
        "offer": application.offer,
        "is_applicant": application.applicant_id == user.pk,
        "manages": permissions.can_manage_applications(user, application.offer),
        "can_change_status": can_change,
        "status_form": form if can_change else None,
        "can_withdraw": permissions.can_withdraw_application(user, application),
        "can_download_cv": permissions.can_download_cv(user, application),
    }


@login_required
@never_cache
@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_get_for_user(user=request.user, pk=pk)
    return render(request, "talent/application_detail.html", _detail_context(request, application))


@login_required
@never_cache
@require_GET
def application_cv(request: HttpRequest, pk: int) -> FileResponse:
    """The CV's bytes, to the applicant and the organisation's people only; 404 for anybody else."""
    application = selectors.application_get_for_user(user=request.user, pk=pk)
    if not permissions.can_download_cv(request.user, application):
        raise Http404
    try:
        handle = application.cv.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    name = slugify(application.applicant.display_name) or "kandydat"
    response = FileResponse(handle, as_attachment=True, filename=f"CV-{name}.pdf", content_type="application/pdf")
    response["Cache-Control"] = "private, no-store"
    return response


def _status_response(
    request: HttpRequest,
    application: Application,
    form: ApplicationStatusForm | None = None,
    *,
    message: str = "",
    ok: bool = True,
) -> HttpResponse:
    if request.htmx:
        context = {**_detail_context(request, application, form), "status_message": message, "status_ok": ok}
        return render(request, "talent/application_detail.html#status", context)
    if form is not None and form.errors:
        return render(request, "talent/application_detail.html", _detail_context(request, application, form))
    (messages.success if ok else messages.error)(request, message)
    return redirect(reverse("talent:application", kwargs={"pk": application.pk}) + "#status")


@require_POST
def application_status(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("talent:application", kwargs={"pk": pk}))
    application = selectors.application_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_applications(request.user, application.offer):
        raise PermissionDenied
    form = ApplicationStatusForm(request.POST, allowed=permissions.allowed_next_statuses(application))
    if form.is_valid():
        try:
            services.application_change_status(
                application=application, by=request.user, to_status=form.cleaned_data["to_status"]
            )
        except ValidationError as error:
            form.add_error("to_status", error)
        else:
            message = _("Status aplikacji: %(status)s. Osoba aplikująca dostanie wiadomość e-mail.") % {
                "status": application.get_status_display()
            }
            return _status_response(request, application, message=message)
    return _status_response(request, application, form, ok=False)


@require_POST
def application_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("talent:application", kwargs={"pk": pk}))
    application = selectors.application_get_for_user(user=request.user, pk=pk)
    if not permissions.can_withdraw_application(request.user, application):
        raise PermissionDenied
    try:
        services.application_withdraw(application=application, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Wycofano aplikację. Twoje CV zostało usunięte z platformy."))
    return redirect(application)


@login_required
@require_GET
def my_applications(request: HttpRequest) -> HttpResponse:
    page = paginate(selectors.applications_of(user=request.user), page_param=request.GET.get("page"), per_page=PER_PAGE)
    context = {"page_obj": page, "applications": page.object_list, "section": "my_applications"}
    return render(request, "talent/my_applications.html", context)
