"""The coordinator's evidence of cooperation from B2B meetings, under /panel/b2b/."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from platforma.community.b2b import permissions, selectors
from platforma.community.b2b.models import Outcome


@login_required
def outcome_counts(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_outcome_counts(request.user):
        raise PermissionDenied
    rows = selectors.outcome_counts()
    totals = {
        "accepted": sum(row.accepted for row in rows),
        "reported": sum(row.reported for row in rows),
        "by_outcome": [(label, sum(row.counts.get(value, 0) for row in rows)) for value, label in Outcome.choices],
    }
    return render(request, "b2b/panel/outcome_counts.html", {"rows": rows, "totals": totals})
