"""Matches on the pages of other apps, pulled as HTMX fragments by URL name; each also a small page without JS."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from platforma.accounts.models import Profile
from platforma.challenges.selectors import challenge_get_for_user
from platforma.initiatives.permissions import can_create_group
from platforma.matching import permissions, selectors
from platforma.organisations.selectors import organisation_get_for_user
from platforma.taxonomy.models import Competence


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _render(request: HtmxHttpRequest, template: str, partial: str, context: dict[str, Any]) -> HttpResponse:
    """The fragment alone for HTMX, the whole page otherwise (a link that works without JavaScript)."""
    return render(request, f"{template}#{partial}" if request.htmx else template, context)


@require_GET
def challenge_matches(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Who could solve a challenge, and who else faces it. 404 for those who may not see the challenge."""
    challenge = challenge_get_for_user(user=request.user, pk=pk)
    context = {
        "challenge": challenge,
        "helpers": selectors.helpers_for_challenge(user=request.user, challenge=challenge),
        "similar": selectors.similar_challenges(user=request.user, challenge=challenge),
        "can_join_forces": permissions.can_join_forces(request.user, challenge),
        "can_create_group": can_create_group(request.user),
    }
    return _render(request, "matching/challenge_matches.html", "matches", context)


@require_GET
def organisation_opportunities(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """What an organisation could answer, for its own people; a 404 for everyone else (it is their advice)."""
    organisation = organisation_get_for_user(user=request.user, slug=slug)
    if not permissions.can_see_opportunities_of(request.user, organisation):
        raise Http404
    context = {
        "organisation": organisation,
        "opportunities": selectors.opportunities_for_organisation(user=request.user, organisation=organisation),
    }
    return _render(request, "matching/organisation_opportunities.html", "opportunities", context)


@login_required
@require_GET
def my_opportunities(request: HtmxHttpRequest) -> HttpResponse:
    """What the signed-in person could answer, from their own specialist profile."""
    profile = (
        Profile.objects.filter(user_id=request.user.pk)
        .prefetch_related(Prefetch("competences", queryset=Competence.objects.only("pk", "name_pl")))
        .first()
    )
    if profile is not None and not permissions.can_see_own_opportunities(request.user, profile):
        raise Http404
    context = {
        "profile": profile,
        "opportunities": selectors.opportunities_for_profile(user=request.user, profile=profile)
        if profile is not None
        else selectors.Opportunities(),
    }
    return _render(request, "matching/my_opportunities.html", "opportunities", context)


def coordinator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_see_duplicates(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@coordinator_required
@require_GET
def duplicates(request: HttpRequest) -> HttpResponse:
    """The coordinator's list of challenges of different organisations that read like the same problem."""
    return render(request, "matching/panel_duplicates.html", {"pairs": selectors.likely_duplicates()})
