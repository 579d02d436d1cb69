import ipaddress
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from platforma.contact import selectors, services
from platforma.contact.forms import EnquiryAnswerForm, EnquiryForm
from platforma.contact.models import Enquiry, EnquiryStatus
from platforma.contact.permissions import can_manage_enquiries
from platforma.core.pagination import paginate

ENQUIRIES_PER_PAGE = 25


def _sender_ip(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: X-Forwarded-For is whatever the client wants it to be unless a trusted proxy sets it.
    raw = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        return None


def _initial_for(user: Any) -> dict[str, str]:
    if not user.is_authenticated:
        return {}
    return {"name": f"{user.first_name} {user.last_name}".strip(), "email": user.email}


def contact_form(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        form = EnquiryForm(request.POST)
        # A bot gets the same thank-you as a person, so it learns nothing; nothing is saved.
        if form.is_bot():
            return redirect("contact:thanks")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.enquiry_submit(
                    name=data["name"],
                    email=data["email"],
                    organisation_name=data["organisation_name"],
                    topic=data["topic"],
                    message=data["message"],
                    sender_ip=_sender_ip(request),
                )
            except services.EnquiryRateLimited as error:
                form.add_error(None, error)
                status = 429
            else:
                return redirect("contact:thanks")
    else:
        form = EnquiryForm(initial=_initial_for(request.user))
    return render(request, "contact/contact_form.html", {"form": form}, status=status)


def thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "contact/thanks.html")


def _require_enquiry_manager(request: HttpRequest) -> None:
    if not can_manage_enquiries(request.user):
        raise PermissionDenied


@login_required
@vary_on_headers("HX-Request")
def panel_list(request: HttpRequest) -> HttpResponse:
    _require_enquiry_manager(request)
    status = request.GET.get("status", "")
    if status not in selectors.STATUS_FILTERS:
        status = selectors.STATUS_ALL
    enquiries = selectors.enquiry_list(status=status)
    page = paginate(enquiries, page_param=request.GET.get("page"), per_page=ENQUIRIES_PER_PAGE)
    context = {
        "page_obj": page,
        "enquiries": page.object_list,
        "status": status,
        "status_tabs": _status_tabs(selectors.enquiry_status_counts()),
    }
    template = "contact/panel/enquiry_list.html"
    if getattr(request, "htmx", False):
        template += "#results"
    return render(request, template, context)


def _status_tabs(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    labels = {
        selectors.STATUS_ALL: _("Wszystkie"),
        EnquiryStatus.NEW: _("Nowe"),
        EnquiryStatus.ANSWERED: _("Z odpowiedzią"),
        EnquiryStatus.CLOSED: _("Zamknięte"),
    }
    return [(value, labels[value], counts[value]) for value in selectors.STATUS_FILTERS]


def _render_detail(request: HttpRequest, enquiry: Enquiry, answer_form: EnquiryAnswerForm) -> HttpResponse:
    return render(
        request,
        "contact/panel/enquiry_detail.html",
        {"enquiry": enquiry, "answers": list(enquiry.answers.all()), "answer_form": answer_form},
    )


@login_required
def panel_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_enquiry_manager(request)
    enquiry = selectors.enquiry_get(pk=pk)
    return _render_detail(request, enquiry, EnquiryAnswerForm())


@login_required
@require_POST
def panel_answer(request: HttpRequest, pk: int) -> HttpResponse:
    _require_enquiry_manager(request)
    enquiry = selectors.enquiry_get(pk=pk)
    form = EnquiryAnswerForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, enquiry, form)
    services.enquiry_answer_create(enquiry=enquiry, author=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Odpowiedź została zapisana i jest wysyłana do %(email)s.") % {"email": enquiry.email})
    return redirect("contact_panel:detail", pk=enquiry.pk)


@login_required
@require_POST
def panel_close(request: HttpRequest, pk: int) -> HttpResponse:
    _require_enquiry_manager(request)
    enquiry = selectors.enquiry_get(pk=pk)
    services.enquiry_close(enquiry=enquiry)
    messages.success(request, _("Zapytanie zostało zamknięte."))
    return redirect("contact_panel:detail", pk=enquiry.pk)


@login_required
@require_POST
def panel_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    _require_enquiry_manager(request)
    enquiry = selectors.enquiry_get(pk=pk)
    services.enquiry_reopen(enquiry=enquiry)
    messages.success(request, _("Zapytanie zostało ponownie otwarte."))
    return redirect("contact_panel:detail", pk=enquiry.pk)
