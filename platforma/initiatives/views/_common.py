"""What every initiative page shares: loading through the selector, the login redirect, the sub-navigation."""

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django_htmx.middleware import HtmxDetails

from platforma.initiatives import permissions, selectors
from platforma.initiatives.models import Initiative


class HtmxHttpRequest(HttpRequest):
    """The request as django-htmx's middleware leaves it."""

    htmx: HtmxDetails


def error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def login_then(url: str) -> HttpResponse:
    # After logging in, land on a page: a POST-only action URL would answer 405.
    return redirect_to_login(url)


def load(request: HttpRequest, pk: Any) -> Initiative:
    """The initiative if the user may see it, 404 otherwise."""
    return selectors.initiative_get_for_user(user=request.user, pk=pk)


def page_context(request: HttpRequest, initiative: Initiative, section: str, **extra: Any) -> dict[str, Any]:
    """The context every initiative page needs for its header and sub-navigation."""
    user = request.user
    return {
        "initiative": initiative,
        "section": section,
        "is_lead": permissions.is_lead(user, initiative),
        "can_manage": permissions.can_manage(user, initiative),
        "can_work": permissions.can_work(user, initiative),
        **extra,
    }
