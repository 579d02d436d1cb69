"""Open call pages. Thin: load through a selector (404 for what the user may not see), check the permission
(403 for what they may not do), validate a form, call one service, respond."""

from platforma.opencalls.views.calls import call_create, call_detail, call_edit, call_list, challenge_calls
from platforma.opencalls.views.evaluation import call_decide, evaluator_add, evaluator_remove, proposal_score
from platforma.opencalls.views.proposals import (
    attachment_download,
    proposal_create,
    proposal_detail,
    proposal_edit,
    proposal_withdraw,
)

__all__ = [
    "attachment_download",
    "call_create",
    "call_decide",
    "call_detail",
    "call_edit",
    "call_list",
    "challenge_calls",
    "evaluator_add",
    "evaluator_remove",
    "proposal_create",
    "proposal_detail",
    "proposal_edit",
    "proposal_score",
    "proposal_withdraw",
]
