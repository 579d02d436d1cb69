from typing import Any

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import QueryDict
from django.utils.safestring import SafeString

from platforma.core.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    return render_markdown(text)


@register.simple_tag(takes_context=True)
def query_with(context: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters replaced: keeps filters while paginating."""
    query: QueryDict = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def content_type_id(obj: models.Model) -> int:
    """The content type id of an object, for URLs that point at (content type, id) — e.g. the follow
    button that an app higher up serves: `{% url 'notifications:follow_button' obj|content_type_id obj.pk %}`.
    ContentType caches its rows, so a page with many buttons costs one query at most."""
    return int(ContentType.objects.get_for_model(type(obj)).pk)
