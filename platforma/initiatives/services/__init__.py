"""Every write to initiatives and working groups. Permissions are the views' job; the rules that hold whoever
calls (transitions, one leader, open initiatives only, pledges by participants) are checked here, and a broken
one raises ValidationError with a Polish message and changes nothing.

Other apps call `initiative_create_pilot` (open calls) and may call any function listed in __all__.
"""

from platforma.initiatives.services.documents import document_add_version, document_upload
from platforma.initiatives.services.groups import (
    group_create,
    group_create_from_challenge,
    group_follow,
    group_join,
    group_leave,
    group_post_create,
    group_set_moderator,
    group_unfollow,
    group_update,
)
from platforma.initiatives.services.initiatives import (
    _draft_case_study,
    case_study_source_fields,
    initiative_change_status,
    initiative_complete,
    initiative_create,
    initiative_create_pilot,
    initiative_update,
)
from platforma.initiatives.services.partners import (
    lead_hand_over,
    participant_invite_organisation,
    participant_invite_person,
    participant_leave,
    participant_respond,
    participant_revoke,
)
from platforma.initiatives.services.pledges import pledge_create, pledge_decide, pledge_withdraw
from platforma.initiatives.services.work import goal_add, milestone_add, milestone_set_done, task_add, task_move

__all__ = [
    "_draft_case_study",
    "case_study_source_fields",
    "document_add_version",
    "document_upload",
    "goal_add",
    "group_create",
    "group_create_from_challenge",
    "group_follow",
    "group_join",
    "group_leave",
    "group_post_create",
    "group_set_moderator",
    "group_unfollow",
    "group_update",
    "initiative_change_status",
    "initiative_complete",
    "initiative_create",
    "initiative_create_pilot",
    "initiative_update",
    "lead_hand_over",
    "milestone_add",
    "milestone_set_done",
    "participant_invite_organisation",
    "participant_invite_person",
    "participant_leave",
    "participant_respond",
    "participant_revoke",
    "pledge_create",
    "pledge_decide",
    "pledge_withdraw",
    "task_add",
    "task_move",
]
