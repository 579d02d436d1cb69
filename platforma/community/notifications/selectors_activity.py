"""The activity streams of the home page and the organisation pages: recent activities the viewer may see.

An activity is shown only when its target is: the rows are loaded in pages and passed through
`targets.load_visible` (one query per kind of target), so a confidential challenge never shows up in an
outsider's stream. Rows the viewer may not see are skipped and more are fetched, so that a viewer who
may see less still gets a full stream, up to a bounded number of extra pages.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.http import Http404

from platforma.community import targets
from platforma.community.notifications.models import Activity
from platforma.community.notifications.phrases import sentence
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import can_view_organisation

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
# Each page fetches this many times `limit` rows; after MAX_PAGES the stream is shown as it is.
OVERFETCH = 3
MAX_PAGES = 4


@dataclass
class ActivityRow:
    activity: Activity
    target: Any
    text: str
    url: str
    created_at: datetime


def _row(activity: Activity, target: Any) -> ActivityRow:
    organisation = activity.organisation
    return ActivityRow(
        activity=activity,
        target=target,
        text=sentence(
            verb=activity.verb,
            organisation_name=organisation.name if organisation is not None else "",
            target_title=targets.title_of(target),
        ),
        url=target.get_absolute_url() if hasattr(target, "get_absolute_url") else "",
        created_at=activity.created_at,
    )


def activity_list_visible(
    *, user: Any, organisation: Organisation | None = None, limit: int = DEFAULT_LIMIT
) -> list[ActivityRow]:
    """The newest in-stream activities whose target `user` may see, newest first; at most `limit` rows.

    With `organisation`, only that organisation's activities (its page). Queries: one per page of rows
    plus one per kind of target on it — never one per row.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    queryset = Activity.objects.filter(in_stream=True).select_related("organisation").order_by("-created_at", "-id")
    if organisation is not None:
        queryset = queryset.filter(organisation=organisation)
    batch = limit * OVERFETCH
    rows: list[ActivityRow] = []
    for page in range(MAX_PAGES):
        chunk = list(queryset[page * batch : (page + 1) * batch])
        visible = targets.load_visible(user, [(a.target_type_id, a.target_id) for a in chunk])
        for activity in chunk:
            target = visible.get((activity.target_type_id, activity.target_id))
            if target is not None:
                rows.append(_row(activity, target))
        if len(rows) >= limit or len(chunk) < batch:
            break
    return rows[:limit]


def activity_organisation_get(*, user: Any, pk: Any) -> Organisation:
    """The organisation whose stream is asked for; 404 for a malformed id or one the user may not see."""
    try:
        organisation_pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    if not 0 < organisation_pk < 2**63:
        raise Http404  # SQLite refuses integers this big with an OverflowError, not an empty result
    organisation = Organisation.objects.filter(pk=organisation_pk).first()
    if organisation is None or not can_view_organisation(user, organisation):
        raise Http404
    return organisation
