"""The activity stream fragment, pulled in by URL by the home page and each organisation page."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from platforma.community.notifications import selectors_activity as selectors
from platforma.community.notifications.follow_views import HtmxHttpRequest

PARAM_ORGANISATION = "organisacja"


@require_GET
def activity_stream(request: HtmxHttpRequest) -> HttpResponse:
    """`?organisacja=<id>` narrows the stream to one organisation; a malformed or hidden one is a 404.

    Without HTMX the same URL is a small page of its own: the link the pages show before the fragment loads.
    """
    organisation = None
    if PARAM_ORGANISATION in request.GET:
        organisation = selectors.activity_organisation_get(user=request.user, pk=request.GET[PARAM_ORGANISATION])
    rows = selectors.activity_list_visible(user=request.user, organisation=organisation)
    context = {"rows": rows, "organisation": organisation}
    template = "notifications/activity/activity_stream.html"
    return render(request, template + "#stream" if request.htmx else template, context)
