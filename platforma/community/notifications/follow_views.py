"""Following: the follow button other apps' pages pull in by URL, and the "Obserwowane" page.

The button lives at (content type, id), so the pages of the apps above community show it with a plain
`hx-get` and import nothing from here. Every form also works without JavaScript: the button has a small
page of its own, and each POST redirects back to a `next` that is checked to stay on this site.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from platforma.community import targets
from platforma.community.notifications import selectors_follows as selectors
from platforma.community.notifications import services
from platforma.community.notifications.forms_follows import (
    CompetenceFollowForm,
    FollowDeliveryForm,
    FollowToggleForm,
)


class HtmxHttpRequest(HttpRequest):
    """The request as django-htmx's middleware leaves it (the typing pattern from its documentation)."""

    htmx: HtmxDetails


def _safe_next(request: HtmxHttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


def _target_url(target: Any) -> str:
    # Competences have no page: their follows are managed on "Obserwowane".
    if hasattr(target, "get_absolute_url"):
        return str(target.get_absolute_url())
    return reverse("notifications:follows")


def _page_of_request(request: HtmxHttpRequest) -> str:
    """Where the person is: the page that pulled the fragment in, or the `next` of the button's own page."""
    if request.htmx and request.htmx.current_url_abs_path:
        return _safe_next(request, request.htmx.current_url_abs_path)
    return _safe_next(request, request.GET.get("next"))


def _button_context(request: HtmxHttpRequest, target: Any, *, next_url: str, just_changed: bool = False) -> dict:
    return {
        "target": target,
        "title": targets.title_of(target),
        "following": selectors.follow_of(user=request.user, target=target) is not None,
        "content_type_id": targets.content_type_id_of(target),
        "next_url": next_url,
        "just_changed": just_changed,
    }


@require_http_methods(["GET", "POST"])
def follow_button(request: HtmxHttpRequest, content_type_id: int, object_id: int) -> HttpResponse:
    target = selectors.follow_target_get(user=request.user, content_type_id=content_type_id, object_id=object_id)
    if request.method == "GET":
        context = _button_context(request, target, next_url=_page_of_request(request))
        template = "notifications/follows/follow_button.html"
        return render(request, template + "#button" if request.htmx else template, context)
    if not request.user.is_authenticated:
        if request.htmx:
            return HttpResponseClientRedirect(redirect_to_login(_target_url(target)).url)
        return redirect_to_login(_target_url(target))
    form = FollowToggleForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Nie wiadomo, czy chcesz obserwować, czy przestać."))
    if form.cleaned_data["action"] == "follow":
        services.follow_create(user=request.user, target=target)
        notice = _("Obserwujesz: %(title)s. Nowości zobaczysz w powiadomieniach.")
    else:
        services.follow_delete(user=request.user, target=target)
        notice = _("Nie obserwujesz już: %(title)s.")
    next_url = _safe_next(request, form.cleaned_data["next"])
    if request.htmx:
        context = _button_context(request, target, next_url=next_url, just_changed=True)
        return render(request, "notifications/follows/follow_button.html#button", context)
    messages.success(request, notice % {"title": targets.title_of(target)})
    return redirect(next_url or _target_url(target))


def _follow_list_context(request: HtmxHttpRequest, *, competence_form: CompetenceFollowForm | None = None) -> dict:
    groups = selectors.follow_groups_for_user(user=request.user)
    for group in groups:
        for row in group.rows:
            row.form = FollowDeliveryForm(  # type: ignore[attr-defined]
                initial={"delivery": row.follow.delivery}, auto_id=f"id_follow{row.follow.pk}_%s"
            )
    return {"groups": groups, "competence_form": competence_form or CompetenceFollowForm()}


@login_required
def follow_list(request: HtmxHttpRequest) -> HttpResponse:
    return render(request, "notifications/follows/follow_list.html", _follow_list_context(request))


@login_required
@require_POST
def follow_delivery(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    follow = selectors.follow_get_for_user(user=request.user, pk=pk)
    form = FollowDeliveryForm(request.POST)
    if form.is_valid():
        services.follow_set_delivery(follow=follow, by=request.user, delivery=form.cleaned_data["delivery"])
        messages.success(request, _("Zapisano, jak powiadamiać o tym temacie."))
    else:
        messages.error(request, _("Wybierz jedną z możliwości z listy."))
    return redirect("notifications:follows")


@login_required
@require_POST
def competence_follow(request: HtmxHttpRequest) -> HttpResponse:
    """Competences have no page of their own, so they are followed from the "Obserwowane" page."""
    form = CompetenceFollowForm(request.POST)
    if not form.is_valid():
        context = _follow_list_context(request, competence_form=form)
        return render(request, "notifications/follows/follow_list.html", context, status=400)
    competence = form.cleaned_data["competence"]
    services.follow_create(user=request.user, target=competence)
    messages.success(request, _("Obserwujesz kompetencję: %(name)s.") % {"name": competence.name})
    return redirect("notifications:follows")
