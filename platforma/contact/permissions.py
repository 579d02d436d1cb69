"""Who may do what with enquiries. Plain functions; each condition on its own line."""

from typing import Any

from platforma.organisations.permissions import is_coordinator


def can_manage_enquiries(user: Any) -> bool:
    """Enquiries hold personal data of people outside the cluster: only the coordinator reads and answers them."""
    return is_coordinator(user)
