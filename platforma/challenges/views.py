"""Challenge pages. Thin: load through a selector (404 for what the user may not see), check the
permission (403 for what they may not do), validate a form, call one service, respond."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.challenges import permissions, selectors, services
from platforma.challenges.forms import (
    ChallengeFilterForm,
    ChallengeForm,
    ProposalDecisionForm,
    ProposalForm,
    StatusForm,
    SupportForm,
)
from platforma.challenges.models import ACTIVE_STATUSES, Challenge, ChallengeStatus, ChallengeSupport, ProposalStatus
from platforma.core.pagination import paginate
from platforma.organisations.permissions import (
    acting_organisations,
    is_cluster_member,
    is_coordinator,
    member_organisations,
)

PER_PAGE = 20


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def challenge_list(request: HttpRequest) -> HttpResponse:
    form = ChallengeFilterForm(request.GET, cities=selectors.challenge_cities_visible(user=request.user))
    # A value that does not validate is left out; the others still apply, and the form says what was wrong.
    form.is_valid()
    filters = form.applied_filters()
    page = paginate(
        selectors.challenge_list_visible(user=request.user, filters=filters),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "challenges": page.object_list,
        "can_create": permissions.can_create_challenge(request.user),
    }
    template = "challenges/challenge_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _support_organisations_left(user: Any, challenge: Challenge, supports: list[ChallengeSupport]) -> list:
    """The user's organisations that could still say "we face it too" here."""
    if not permissions.can_support(user, challenge):
        return []
    supported_ids = {support.organisation_id for support in supports}
    return [o for o in permissions.support_organisations(user, challenge) if o.pk not in supported_ids]


def _supports_context(request: HttpRequest, challenge: Challenge, form: SupportForm | None = None) -> dict[str, Any]:
    supports = list(selectors.support_list(challenge=challenge))
    available = _support_organisations_left(request.user, challenge, supports)
    if form is None and available:
        form = SupportForm(organisations=available)
    return {
        "challenge": challenge,
        "supports": supports,
        "my_organisation_ids": {organisation.pk for organisation in acting_organisations(request.user)},
        "support_form": form if available else None,
    }


def _render_detail(
    request: HttpRequest,
    challenge: Challenge,
    *,
    status_form: StatusForm | None = None,
    support_form: SupportForm | None = None,
) -> HttpResponse:
    user = request.user
    is_owner = permissions.is_owner(user, challenge)
    can_change_status = permissions.can_change_status(user, challenge)
    if status_form is None and can_change_status:
        status_form = StatusForm(allowed=permissions.allowed_next_statuses(challenge))
    sees_internals = is_owner or is_coordinator(user)
    # A withdrawn proposal was taken back: only its author, the owner and the coordinator still see it.
    proposals = [
        proposal
        for proposal in selectors.proposal_list(challenge=challenge)
        if proposal.status != ProposalStatus.WITHDRAWN or sees_internals or proposal.author_id == user.pk
    ]
    for proposal in proposals:
        proposal.can_decide = permissions.can_decide_proposal(user, proposal)
        proposal.can_withdraw = permissions.can_withdraw_proposal(user, proposal)
    supports_context = _supports_context(request, challenge, support_form)
    context = {
        **supports_context,
        # Only a hint for the link; the groups app checks the permission itself.
        "may_group_supporters": bool(supports_context["supports"])
        and (
            is_owner
            or any(s.organisation_id in supports_context["my_organisation_ids"] for s in supports_context["supports"])
        ),
        "proposals": proposals,
        "history": list(selectors.status_history(challenge=challenge)),
        "is_owner": is_owner,
        "sees_internals": sees_internals,
        "can_edit": permissions.can_edit(user, challenge),
        "can_change_status": can_change_status and bool(permissions.allowed_next_statuses(challenge)),
        "status_form": status_form,
        "can_propose": permissions.can_propose(user, challenge),
        "accepts_proposals": challenge.is_published and challenge.status in ACTIVE_STATUSES,
        # Names of individual specialists stay inside the cluster.
        "show_people": is_owner or is_cluster_member(user),
        "can_moderate": permissions.can_moderate(user, challenge),
        "ProposalStatus": ProposalStatus,
    }
    return render(request, "challenges/challenge_detail.html", context)


def challenge_detail(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    return _render_detail(request, challenge)


@login_required
def challenge_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_challenge(request.user):
        raise PermissionDenied
    organisations = member_organisations(request.user)
    form = ChallengeForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        publish = request.POST.get("action") == "publish"
        organisation = form.cleaned_data.get("organisation") or organisations[0]
        try:
            challenge = services.challenge_create(
                author=request.user, organisation=organisation, publish=publish, **form.service_kwargs()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if publish:
                messages.success(request, _("Wyzwanie zostało opublikowane."))
            else:
                messages.success(request, _("Zapisano szkic wyzwania. Widzą go tylko osoby z Twojej organizacji."))
            return redirect(challenge)
    return render(request, "challenges/challenge_form.html", {"form": form, "challenge": None, "can_publish": True})


@login_required
def challenge_edit(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, challenge):
        raise PermissionDenied
    can_publish = challenge.status == ChallengeStatus.DRAFT and permissions.can_change_status(request.user, challenge)
    form = ChallengeForm(request.POST or None, instance=challenge)
    if request.method == "POST" and form.is_valid():
        publish = can_publish and request.POST.get("action") == "publish"
        try:
            challenge = services.challenge_update(
                challenge=challenge, by=request.user, publish=publish, **form.service_kwargs()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w wyzwaniu."))
            return redirect(challenge)
    return render(
        request, "challenges/challenge_form.html", {"form": form, "challenge": challenge, "can_publish": can_publish}
    )


def _login_then_detail(pk: int) -> HttpResponse:
    # After logging in, land on the challenge page: the POST-only action URL would answer 405.
    return redirect_to_login(Challenge(pk=pk).get_absolute_url())


@require_POST
def challenge_status(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    if not permissions.can_change_status(request.user, challenge):
        raise PermissionDenied
    form = StatusForm(request.POST, allowed=permissions.allowed_next_statuses(challenge))
    if form.is_valid():
        try:
            services.challenge_change_status(
                challenge=challenge,
                by=request.user,
                to_status=form.cleaned_data["to_status"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error("to_status", error)
        else:
            messages.success(request, _("Status wyzwania: %(status)s.") % {"status": challenge.get_status_display()})
            return redirect(challenge)
    return _render_detail(request, challenge, status_form=form)


def _supports_response(request: HttpRequest, challenge: Challenge, *, message: str, ok: bool) -> HttpResponse:
    if request.htmx:
        context = {**_supports_context(request, challenge), "support_message": message, "support_ok": ok}
        return render(request, "challenges/challenge_detail.html#supports", context)
    (messages.success if ok else messages.error)(request, message)
    return redirect(challenge.get_absolute_url() + "#supports")


@require_POST
def challenge_support(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    if not permissions.can_support(request.user, challenge):
        raise PermissionDenied
    supports = list(selectors.support_list(challenge=challenge))
    available = _support_organisations_left(request.user, challenge, supports)
    if not available:
        return _supports_response(
            request, challenge, message=_("Twoja organizacja już jest na liście „my też”."), ok=False
        )
    form = SupportForm(request.POST, organisations=available)
    if form.is_valid():
        try:
            services.support_add(
                challenge=challenge,
                organisation=form.cleaned_data["organisation"],
                user=request.user,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _supports_response(
                request, challenge, message=_("Dodano Waszą organizację do listy „my też”."), ok=True
            )
    if request.htmx:
        return render(
            request,
            "challenges/challenge_detail.html#supports",
            _supports_context(request, challenge, form),
        )
    return _render_detail(request, challenge, support_form=form)


@require_POST
def challenge_support_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    raw = request.POST.get("organisation", "").strip()
    found = selectors.support_list(challenge=challenge).filter(organisation_id=raw).first() if raw.isdigit() else None
    if found is None or not permissions.can_withdraw_support(request.user, found):
        raise PermissionDenied
    services.support_withdraw(support=found, by=request.user)
    message = _("Wycofano zgłoszenie „my też” organizacji %(name)s.") % {"name": found.organisation.name}
    return _supports_response(request, challenge, message=message, ok=True)


@login_required
def proposal_create(request: HttpRequest, pk: int) -> HttpResponse:
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    if not permissions.can_propose(request.user, challenge):
        raise PermissionDenied
    organisations = permissions.proposal_organisations(request.user, challenge)
    form = ProposalForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_create(
                challenge=challenge,
                author=request.user,
                organisation=form.chosen_organisation(),
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Wysłano propozycję rozwiązania. Zgłaszający dostali wiadomość."))
            return redirect(challenge.get_absolute_url() + "#proposals")
    return render(request, "challenges/proposal_form.html", {"form": form, "challenge": challenge})


@require_POST
def proposal_decide(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get(challenge=challenge, pk=proposal_pk)
    if not permissions.can_decide_proposal(request.user, proposal):
        raise PermissionDenied
    form = ProposalDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Wybierz: przyjąć czy odrzucić propozycję."))
        return redirect(challenge.get_absolute_url() + "#proposals")
    try:
        services.proposal_decide(proposal=proposal, by=request.user, status=form.cleaned_data["decision"])
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        if proposal.status == ProposalStatus.ACCEPTED:
            messages.success(request, _("Przyjęto propozycję „%(title)s”.") % {"title": proposal.title})
        else:
            messages.success(request, _("Odrzucono propozycję „%(title)s”.") % {"title": proposal.title})
    return redirect(challenge.get_absolute_url() + "#proposals")


@require_POST
def proposal_withdraw(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    challenge = selectors.challenge_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get(challenge=challenge, pk=proposal_pk)
    if not permissions.can_withdraw_proposal(request.user, proposal):
        raise PermissionDenied
    try:
        services.proposal_withdraw(proposal=proposal, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Wycofano propozycję „%(title)s”.") % {"title": proposal.title})
    return redirect(challenge.get_absolute_url() + "#proposals")
