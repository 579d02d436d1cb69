"""The coordinator's queue of reported comments, under /panel/komentarze/."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.community.comments import permissions, selectors, services
from platforma.community.comments.forms import ResolveForm


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_manage_reports(request.user):
        raise PermissionDenied
    rows = selectors.report_list_open(user=request.user)
    return render(request, "comments/panel/report_list.html", {"rows": rows})


@login_required
@require_POST
def report_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    if not permissions.can_manage_reports(request.user):
        raise PermissionDenied
    report = selectors.report_get_open(pk=pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Wybierz: ukryć komentarz czy oddalić zgłoszenie."))
        return redirect("comments_panel:list")
    hide = form.cleaned_data["decision"] == "hide"
    try:
        services.report_resolve(report=report, by=request.user, hide=hide)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Ukryto komentarz.") if hide else _("Oddalono zgłoszenie."))
    return redirect("comments_panel:list")
