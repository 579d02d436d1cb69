"""Thematic working groups (/grupy/): list, founding (also from a challenge's "we face it too"), the group page
with its members, what it follows and its discussion (posted with HTMX or a plain form)."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.challenges.selectors import challenge_get_for_user
from platforma.core.pagination import paginate
from platforma.initiatives import permissions, selectors, services
from platforma.initiatives.group_forms import (
    PERSON,
    FollowForm,
    GroupFilterForm,
    GroupForm,
    GroupFromChallengeForm,
    JoinForm,
    PostForm,
)
from platforma.initiatives.models import WorkingGroup
from platforma.initiatives.views._common import HtmxHttpRequest, error_text, login_then

PER_PAGE = 20
POSTS_PER_PAGE = 30
TEMPLATE = "initiatives/groups/group_detail.html"


def group_list(request: HtmxHttpRequest) -> HttpResponse:
    user = request.user
    form = GroupFilterForm(request.GET, logged_in=user.is_authenticated)
    form.is_valid()
    page = paginate(
        selectors.group_list_visible(user=user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "groups": page.object_list,
        "can_create": permissions.can_create_group(user),
    }
    template = "initiatives/groups/group_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


@login_required
def group_create(request: HtmxHttpRequest) -> HttpResponse:
    if not permissions.can_create_group(request.user):
        raise PermissionDenied
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            group = services.group_create(by=request.user, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Założono grupę „%(name)s”. Jesteś jej moderatorem.") % {"name": group.name})
            return redirect(group)
    return render(request, "initiatives/groups/group_form.html", {"form": form, "group": None})


@login_required
def group_from_challenge(request: HtmxHttpRequest, challenge_pk: int) -> HttpResponse:
    """One step from "we face it too" to a group: the reporter and every supporting organisation join."""
    challenge = challenge_get_for_user(user=request.user, pk=challenge_pk)
    supports = selectors.challenge_supports(challenge=challenge)
    if not permissions.can_group_from_challenge(request.user, challenge, supports):
        raise PermissionDenied
    initial = {
        "name": _("Grupa: %(title)s") % {"title": challenge.title},
        "description": _("Organizacje, które mierzą się z problemem „%(title)s”, wymieniają się doświadczeniami.")
        % {"title": challenge.title},
    }
    form = GroupFromChallengeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            group = services.group_create_from_challenge(challenge=challenge, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Utworzono grupę „%(name)s”.") % {"name": group.name})
            return redirect(group)
    organisations = [challenge.organisation, *(support.organisation for support in supports)]
    context = {"form": form, "challenge": challenge, "organisations": organisations}
    return render(request, "initiatives/groups/group_from_challenge.html", context)


def _context(request: HtmxHttpRequest, group: WorkingGroup, **extra: Any) -> dict[str, Any]:
    user = request.user
    members = list(group.members.all())
    for member in members:
        member.can_leave = permissions.can_leave_group(user, member)
    as_person, organisations = permissions.join_options(user, group)
    can_manage = permissions.can_manage_group(user, group)
    page = paginate(selectors.post_list(group=group), page_param=request.GET.get("page"), per_page=POSTS_PER_PAGE)
    context: dict[str, Any] = {
        "group": group,
        "members": members,
        "join_as_person": as_person,
        "join_organisations": organisations,
        "can_manage": can_manage,
        "can_post": permissions.can_post(user, group),
        "challenges": list(selectors.followed_challenges_visible(user=user, group=group)),
        "initiatives": list(selectors.followed_initiatives_visible(user=user, group=group)),
        "page_obj": page,
        "posts": page.object_list,
        "post_form": PostForm(),
        "person_choice": PERSON,
    }
    if can_manage:
        context["follow_form"] = FollowForm(
            challenges=selectors.challenges_to_follow(user=user, group=group),
            initiatives=selectors.initiatives_to_follow(user=user, group=group),
        )
    context.update(extra)
    return context


def group_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    return render(request, TEMPLATE, _context(request, group))


@login_required
def group_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_group(request.user, group):
        raise PermissionDenied
    form = GroupForm(request.POST or None, instance=group)
    if request.method == "POST" and form.is_valid():
        try:
            services.group_update(group=group, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w grupie."))
            return redirect(group)
    return render(request, "initiatives/groups/group_form.html", {"form": form, "group": group})


def _loaded(request: HtmxHttpRequest, pk: int) -> WorkingGroup | HttpResponse:
    if not request.user.is_authenticated:
        return login_then(reverse("groups:detail", args=[pk]))
    return selectors.group_get_for_user(user=request.user, pk=pk)


@require_POST
def group_join(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    group = _loaded(request, pk)
    if isinstance(group, HttpResponse):
        return group
    as_person, organisations = permissions.join_options(request.user, group)
    form = JoinForm(request.POST)
    choice = form.cleaned_data["join_as"] if form.is_valid() else ""
    chosen = next((o for o in organisations if str(o.pk) == choice), None)
    if not ((choice == PERSON and as_person) or chosen is not None):
        raise PermissionDenied
    try:
        services.group_join(group=group, by=request.user, organisation=chosen)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        if chosen is None:
            messages.success(request, _("Dołączono do grupy."))
        else:
            messages.success(request, _("Organizacja %(name)s jest teraz w grupie.") % {"name": chosen.name})
    return redirect(group)


@require_POST
def group_leave(request: HtmxHttpRequest, pk: int, member_pk: int) -> HttpResponse:
    group = _loaded(request, pk)
    if isinstance(group, HttpResponse):
        return group
    member = selectors.member_get(group=group, pk=member_pk)
    if not permissions.can_leave_group(request.user, member):
        raise PermissionDenied
    try:
        services.group_leave(member=member, by=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(group)
    messages.success(request, _("%(name)s nie należy już do grupy.") % {"name": member.name})
    if selectors.group_visible_queryset(user=request.user).filter(pk=group.pk).exists():
        return redirect(group)
    return redirect("groups:list")


@require_POST
def group_moderator(request: HtmxHttpRequest, pk: int, member_pk: int) -> HttpResponse:
    """A moderator makes another person in the group a moderator too (so that they may leave later)."""
    group = _loaded(request, pk)
    if isinstance(group, HttpResponse):
        return group
    if not permissions.can_manage_group(request.user, group):
        raise PermissionDenied
    member = selectors.member_get(group=group, pk=member_pk)
    try:
        services.group_set_moderator(member=member, by=request.user, moderator=True)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("%(name)s moderuje teraz grupę.") % {"name": member.name})
    return redirect(group)


@require_POST
def group_follow(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    group = _loaded(request, pk)
    if isinstance(group, HttpResponse):
        return group
    if not permissions.can_manage_group(request.user, group):
        raise PermissionDenied
    user = request.user
    unfollow = request.POST.get("action") == "unfollow"
    challenge_id = request.POST.get("challenge", "")
    initiative_id = request.POST.get("initiative", "")
    # Only what the moderator may see can be followed: the ids go through the visibility selectors.
    challenge = (
        selectors.challenge_choices_for(user=user).filter(pk=challenge_id).first() if challenge_id.isdigit() else None
    )
    initiative = (
        selectors.initiative_visible_queryset(user=user).filter(pk=initiative_id).first()
        if initiative_id.isdigit()
        else None
    )
    if challenge is None and initiative is None:
        messages.error(request, _("Wybierz wyzwanie albo przedsięwzięcie."))
        return redirect(group.get_absolute_url() + "#following")
    if unfollow:
        services.group_unfollow(group=group, by=user, challenge=challenge, initiative=initiative)
        messages.success(request, _("Grupa już tego nie obserwuje."))
    else:
        services.group_follow(group=group, by=user, challenge=challenge, initiative=initiative)
        messages.success(request, _("Grupa obserwuje teraz wybraną pozycję."))
    return redirect(group.get_absolute_url() + "#following")


@require_POST
def group_post(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    group = _loaded(request, pk)
    if isinstance(group, HttpResponse):
        return group
    if not permissions.can_post(request.user, group):
        raise PermissionDenied
    form = PostForm(request.POST)
    ok = False
    if form.is_valid():
        try:
            services.group_post_create(group=group, by=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error("body", error)
        else:
            ok = True
    if request.htmx:
        extra: dict[str, Any] = {"post_message": _("Dodano wpis.") if ok else "", "post_ok": ok}
        if not ok:
            extra["post_form"] = form
        return render(request, f"{TEMPLATE}#discussion", _context(request, group, **extra))
    if ok:
        messages.success(request, _("Dodano wpis."))
        return redirect(group.get_absolute_url() + "#discussion")
    return render(request, TEMPLATE, _context(request, group, post_form=form))
