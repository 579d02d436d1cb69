"""The notification centre, the header count, the preferences and the digest's unsubscribe page."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails

from platforma.community.notifications import permissions, selectors, services, unsubscribe
from platforma.community.notifications.forms import GroupForm, PreferencesForm
from platforma.community.notifications.kinds import all_kinds

PER_PAGE = 20


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _require_user(request: HttpRequest) -> None:
    if not permissions.can_use_notifications(request.user):
        raise PermissionDenied


def _centre_context(request: HttpRequest, page_param: str | None) -> dict[str, Any]:
    page = selectors.notification_groups_page(user=request.user, page_param=page_param, per_page=PER_PAGE)
    return {
        "page_obj": page,
        "groups": page.object_list,
        "unread": selectors.unread_count(user=request.user),
    }


def _after_marking(request: HtmxHttpRequest, message: str) -> HttpResponse:
    page_param = request.POST.get("page") or None
    if request.htmx:
        try:
            context = _centre_context(request, page_param)
        except Http404:
            # The page emptied by marking no longer exists as such: show the first.
            context = _centre_context(request, None)
        return render(request, "notifications/centre.html#list", {**context, "status": message, "oob_badge": True})
    messages.success(request, message)
    url = reverse("notifications:centre")
    return redirect(f"{url}?{urlencode({'page': page_param})}" if page_param else url)


@login_required
def centre(request: HttpRequest) -> HttpResponse:
    _require_user(request)
    return render(request, "notifications/centre.html", _centre_context(request, request.GET.get("page")))


@never_cache
def unread_badge(request: HttpRequest) -> HttpResponse:
    """The header's link with the unread count, polled by HTMX; nothing at all for a signed-out visitor."""
    if not permissions.can_use_notifications(request.user):
        # 204: HTMX leaves the header as it is (a plain link) instead of swapping in a log-in page.
        return HttpResponse(status=204)
    return render(request, "notifications/_badge.html", {"unread": selectors.unread_count(user=request.user)})


@login_required
@require_POST
def mark_group_read(request: HtmxHttpRequest) -> HttpResponse:
    _require_user(request)
    form = GroupForm(request.POST)
    if not form.is_valid():
        raise Http404
    services.notification_group_mark_read(
        user=request.user,
        verb=form.cleaned_data["verb"],
        target_type_id=form.cleaned_data["target_type"],
        target_id=form.cleaned_data["target_id"],
    )
    return _after_marking(request, _("Oznaczono jako przeczytane."))


@login_required
@require_POST
def mark_all_read(request: HtmxHttpRequest) -> HttpResponse:
    _require_user(request)
    services.notifications_mark_read(user=request.user)
    return _after_marking(request, _("Wszystkie powiadomienia oznaczono jako przeczytane."))


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    _require_user(request)
    state = selectors.preference_state(user=request.user)
    form_kwargs = {"kinds": all_kinds(), "follows": state["follows"], "initial_deliveries": state["kinds"]}
    if request.method == "POST":
        form = PreferencesForm(request.POST, **form_kwargs)
        if form.is_valid():
            services.notification_preferences_update(
                user=request.user,
                kind_deliveries=form.kind_deliveries(),
                follow_deliveries=form.follow_deliveries(),
                digests_enabled=form.cleaned_data["digests_enabled"],
            )
            messages.success(request, _("Zapisano ustawienia powiadomień."))
            return redirect("notifications:preferences")
    else:
        form = PreferencesForm(initial={"digests_enabled": state["digests_enabled"]}, **form_kwargs)
    return render(request, "notifications/preferences.html", {"form": form})


# Mail programs send the RFC 8058 one-click POST with no CSRF token and no cookies; the signed token in
# the URL is what authorises it, and all it can do is turn the digests of that one person off.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_digests(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks for confirmation (mail programs and scanners fetch links); POST unsubscribes."""
    user = unsubscribe.user_for(token)
    if user is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=404)
    done = False
    if request.method == "POST":
        services.notification_settings_update(user=user, digests_enabled=False)
        done = True
    return render(request, "notifications/unsubscribe.html", {"done": done})
