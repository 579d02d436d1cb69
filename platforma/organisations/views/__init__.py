"""Pages of the organisations app: the directory, applications, editing, people, and the coordinator's panel."""

from platforma.organisations.views.directory import organisation_detail, organisation_list
from platforma.organisations.views.manage import apply_done, organisation_apply, organisation_edit
from platforma.organisations.views.panel import (
    panel_applications,
    panel_approve,
    panel_organisation,
    panel_reject,
    panel_set_status,
)
from platforma.organisations.views.people import (
    invitation_accept,
    invitation_revoke,
    organisation_invite,
    organisation_people,
    person_remove,
    person_set_role,
)

__all__ = [
    "apply_done",
    "invitation_accept",
    "invitation_revoke",
    "organisation_apply",
    "organisation_detail",
    "organisation_edit",
    "organisation_invite",
    "organisation_list",
    "organisation_people",
    "panel_applications",
    "panel_approve",
    "panel_organisation",
    "panel_reject",
    "panel_set_status",
    "person_remove",
    "person_set_role",
]
