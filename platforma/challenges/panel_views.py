"""The coordinator's moderation of challenges, under /panel/wyzwania/."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.challenges import permissions, selectors, services
from platforma.challenges.forms import HideForm, ModerationFilterForm
from platforma.challenges.models import Challenge
from platforma.core.pagination import paginate

PER_PAGE = 50


def coordinator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@coordinator_required
def moderation_list(request: HttpRequest) -> HttpResponse:
    form = ModerationFilterForm(request.GET)
    form.is_valid()
    page = paginate(
        selectors.challenge_list_for_moderation(filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    return render(
        request,
        "challenges/panel/moderation_list.html",
        {"form": form, "page_obj": page, "challenges": page.object_list},
    )


def _render_moderation(
    request: HttpRequest, challenge: Challenge, *, hide_form: HideForm | None = None
) -> HttpResponse:
    context = {
        "challenge": challenge,
        "hide_form": hide_form or HideForm(initial={"note": challenge.moderation_note}),
        "can_archive": "archived" in permissions.allowed_next_statuses(challenge),
    }
    return render(request, "challenges/panel/moderation_detail.html", context)


@coordinator_required
def moderation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_moderation(request, selectors.challenge_get_for_moderation(pk=pk))


@require_POST
@coordinator_required
def moderation_hide(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_moderation(pk=pk)
    form = HideForm(request.POST)
    if form.is_valid():
        try:
            services.challenge_hide(challenge=challenge, by=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ukryto wyzwanie „%(title)s”.") % {"title": challenge.title})
            return redirect("challenges_panel:detail", pk=challenge.pk)
    return _render_moderation(request, challenge, hide_form=form)


@require_POST
@coordinator_required
def moderation_unhide(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_moderation(pk=pk)
    services.challenge_unhide(challenge=challenge, by=request.user)
    messages.success(request, _("Wyzwanie „%(title)s” znów jest widoczne.") % {"title": challenge.title})
    return redirect("challenges_panel:detail", pk=challenge.pk)


@require_POST
@coordinator_required
def moderation_archive(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_moderation(pk=pk)
    try:
        services.challenge_archive(challenge=challenge, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Zarchiwizowano wyzwanie „%(title)s”.") % {"title": challenge.title})
    return redirect("challenges_panel:detail", pk=challenge.pk)
