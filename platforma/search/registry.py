"""Which models are searchable, and how: search keeps this registry itself (STYLE.md), so the domain apps
know nothing about search. A new content type joins by adding a `SearchType` in registrations.py.

A registration names the text to index (title and body, the title weighted by ranking.TITLE_WEIGHT), where
a result leads, its town and competences for the facets, and — most important — the queryset of objects a
person may see. That queryset comes from the owning app's selectors and is applied at query time, so a
change of visibility needs no re-indexing and a result never shows what the object's own page would refuse.
"""

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.functional import Promise
from django.utils.html import strip_tags

from platforma.core.markdown import render_markdown

Getter = Callable[[Any], Any]


def markdown_text(source: str) -> str:
    """Plain text of a Markdown field: what the reader sees, without the markup."""
    return html.unescape(strip_tags(render_markdown(source)))


@dataclass(frozen=True)
class TextField:
    """One piece of text of an object: an attribute name or a function of the object."""

    source: str | Getter
    markdown: bool = False
    # False for text that helps finding but reads badly in a snippet (the organisation's name, competences).
    shown: bool = True

    def text(self, obj: Any) -> str:
        value = getattr(obj, self.source) if isinstance(self.source, str) else self.source(obj)
        text = str(value or "")
        return markdown_text(text) if self.markdown and text else text


@dataclass(frozen=True)
class Watch:
    """Another model whose changes alter this type's indexed text (a person's name on their profile).

    `affected(instance)` gives the ids of the objects to index again; `fields`, when given, limits this to
    saves that may have changed one of them (a login updates `last_login` and changes nothing indexed).
    """

    model: type[Model]
    affected: Callable[[Any], Iterable[int]]
    fields: frozenset[str] | None = None


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str | Promise  # singular, shown on each result: "wyzwanie"
    label_plural: str | Promise  # for the facet: "Wyzwania"
    model: type[Model]
    title: Sequence[TextField]
    body: Sequence[TextField]
    visible: Callable[[Any], QuerySet[Any]]  # user → everything of this type the user may see
    url: Callable[[Any], str]
    city: Getter = lambda obj: ""
    competence_ids: Callable[[Any], Iterable[int]] = lambda obj: ()
    # The objects to index, with what title/body/url need loaded in bulk (select_related, prefetch_related).
    queryset: Callable[[], QuerySet[Any]] | None = None
    # Many-to-many fields of the model whose changes are indexed (competences appear in the text and facets).
    m2m_fields: Sequence[str] = ()
    watches: Sequence[Watch] = field(default_factory=tuple)

    def index_queryset(self) -> QuerySet[Any]:
        return self.queryset() if self.queryset is not None else self.model._default_manager.all()

    def title_text(self, obj: Any) -> str:
        return " ".join(part for part in (f.text(obj) for f in self.title) if part)

    def body_text(self, obj: Any, *, shown: bool = True) -> str:
        """The body fields that are shown in snippets (or, with shown=False, the ones that are only indexed)."""
        return "\n".join(part for part in (f.text(obj) for f in self.body if f.shown == shown) if part)


class Registry:
    def __init__(self) -> None:
        self._types: dict[str, SearchType] = {}

    def register(self, search_type: SearchType) -> SearchType:
        if search_type.key in self._types:
            raise ValueError(f"Search type {search_type.key!r} is registered twice.")
        if any(existing.model is search_type.model for existing in self._types.values()):
            raise ValueError(f"{search_type.model.__name__} is registered for search twice.")
        self._types[search_type.key] = search_type
        return search_type

    def unregister(self, key: str) -> None:
        self._types.pop(key, None)

    def get(self, key: str) -> SearchType | None:
        return self._types.get(key)

    def for_model(self, model: type[Model]) -> SearchType | None:
        for search_type in self._types.values():
            if search_type.model is model:
                return search_type
        return None

    def types(self) -> list[SearchType]:
        return list(self._types.values())

    def keys(self) -> list[str]:
        return list(self._types)


registry = Registry()
