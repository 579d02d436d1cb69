"""The home page and the coordinator's dashboard: read-only compositions of the domain apps' selectors."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from platforma.challenges import selectors as challenge_selectors
from platforma.community.comments import selectors as comment_selectors
from platforma.community.news import selectors as news_selectors
from platforma.contact import selectors as contact_selectors
from platforma.organisations import permissions as organisation_permissions
from platforma.organisations import selectors as organisation_selectors

HOME_CHALLENGE_COUNT = 6


def home(request: HttpRequest) -> HttpResponse:
    latest = challenge_selectors.challenge_list_visible(user=request.user, filters=None)[:HOME_CHALLENGE_COUNT]
    return render(
        request,
        "portal/home.html",
        {
            "latest_challenges": latest,
            "member_count": organisation_selectors.organisation_member_count(),
            "open_challenge_count": challenge_selectors.challenge_open_count_visible(user=request.user),
            "news_waiting": news_selectors.news_waiting_count(),
            "open_reports": comment_selectors.report_open_count(),
        },
    )


@login_required
def panel(request: HttpRequest) -> HttpResponse:
    if not organisation_permissions.is_coordinator(request.user):
        raise PermissionDenied
    return render(
        request,
        "portal/panel.html",
        {
            "pending_applications": organisation_selectors.applications_pending().count(),
            "new_enquiries": contact_selectors.enquiry_new_count(),
            "member_count": organisation_selectors.organisation_member_count(),
            "open_challenge_count": challenge_selectors.challenge_open_count_visible(user=request.user),
            "news_waiting": news_selectors.news_waiting_count(),
            "open_reports": comment_selectors.report_open_count(),
        },
    )
