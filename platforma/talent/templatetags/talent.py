from typing import Any

from django import template

from platforma.organisations.permissions import acting_organisations

register = template.Library()


@register.inclusion_tag("talent/_nav.html", takes_context=True)
def talent_nav(context: dict[str, Any], section: str = "") -> dict[str, Any]:
    """The board's own menu; "my organisation's offers" only for people who act for one."""
    user = context["request"].user
    return {
        "section": section,
        "user": user,
        "has_organisation": bool(user.is_authenticated and acting_organisations(user)),
    }
