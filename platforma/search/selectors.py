"""Reads: one search over every registered type, with visibility applied before anything is counted.

    query → analysed terms → BM25 candidates from the full-text index (OR of the terms)
          → optional re-rank with sentence-embedding similarity → visibility: each type's own
            visible-queryset with pk__in=candidates → filters and facet counts → a page, with snippets.

The number of SQL queries depends on the number of registered types, never on the number of results.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import numpy as np
from django.conf import settings
from django.core.paginator import Page
from django.db import connections
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from platforma.core.pagination import paginate
from platforma.core.text import analyse, default_analyser, tokenize
from platforma.search.engine import snippets
from platforma.search.engine.backends import backend_for
from platforma.search.engine.embedding import Embedder, embedder_key, from_bytes
from platforma.search.engine.ranking import CANDIDATES, Hit, clean_query, combine, query_terms
from platforma.search.engine.suggest import LENGTH_SLACK, closest, is_suggestible, vocabulary_key
from platforma.search.models import SearchDocument, SearchVector, SearchWord
from platforma.search.registry import registry
from platforma.search.services import configured_embedder
from platforma.taxonomy.models import Competence

PER_PAGE = 20
# Words of one query that get a "did you mean" (a pasted sentence full of typos is not worth more).
MAX_SUGGESTED_WORDS = 3
# Vocabulary words compared with one query word; difflib over a few thousand short words takes milliseconds.
MAX_VOCABULARY_ROWS = 3000
FACET_SIZE = 12


# --- ranking, shared with evaluate_search ---------------------------------------------------------------------


def rank(
    query: str,
    *,
    using: str = "default",
    limit: int = CANDIDATES,
    embedder: Embedder | None = None,
    terms: Sequence[str] | None = None,
) -> list[Hit]:
    """Document ids best first, before visibility: BM25 candidates, re-ranked by embeddings when available."""
    terms = query_terms(query) if terms is None else terms
    connection = connections[using]
    candidates = backend_for(connection).candidates(connection, terms, limit=limit)
    if embedder is None or not candidates:
        return combine(candidates)
    key = embedder_key(embedder)
    rows = SearchVector.objects.using(using).filter(document_id__in=[doc for doc, _ in candidates], model=key)
    stored = list(rows.values_list("document_id", "vector"))
    if not stored:
        return combine(candidates)
    query_vector = embedder.embed([clean_query(query)])[0]
    cosines = np.vstack([from_bytes(vector) for _pk, vector in stored]) @ query_vector
    similarities = {pk: float(cosine) for (pk, _vector), cosine in zip(stored, cosines, strict=True)}
    return combine(candidates, similarities)


# --- the search page ----------------------------------------------------------------------------------------


@dataclass
class Result:
    doc_id: int
    type_key: str
    type_label: str
    title: SafeString
    snippet: SafeString
    url: str
    city: str


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str = ""  # this page with the value chosen, or with it removed when it is the chosen one


@dataclass
class Suggestion:
    query: str
    # (word, True if it replaced a query word) for showing the corrected words emphasised.
    words: list[tuple[str, bool]]


@dataclass
class SearchPage:
    query: str
    terms: list[str]
    filters: dict[str, Any]
    total: int = 0
    page: Page | None = None
    results: list[Result] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: Suggestion | None = None


@dataclass
class _Candidate:
    hit: Hit
    type_key: str
    object_id: int
    city: str
    competence_ids: list[int]


def clean_filters(params: Mapping[str, Any]) -> dict[str, Any]:
    """Facet filters from the address bar; unknown types, non-numeric competences and the like are ignored."""
    filters: dict[str, Any] = {}
    type_key = str(params.get("type") or "").strip()
    if registry.get(type_key) is not None:
        filters["type"] = type_key
    try:
        competence = int(str(params.get("competence") or "").strip())
    except ValueError:
        competence = 0
    if 0 < competence < 2**31:
        filters["competence"] = competence
    city = clean_query(str(params.get("city") or ""))[:120]
    if city:
        filters["city"] = city
    return filters


def _visible(candidates: list[_Candidate], user: Any) -> list[_Candidate]:
    """The candidates `user` may see, in rank order: one query per type among the candidates."""
    by_type: dict[str, set[int]] = {}
    for candidate in candidates:
        by_type.setdefault(candidate.type_key, set()).add(candidate.object_id)
    allowed: dict[str, set[int]] = {}
    for type_key, object_ids in by_type.items():
        search_type = registry.get(type_key)
        if search_type is None:
            continue
        visible = search_type.visible(user).filter(pk__in=object_ids).order_by().values_list("pk", flat=True)
        allowed[type_key] = set(visible)
    return [c for c in candidates if c.object_id in allowed.get(c.type_key, ())]


def _keep(candidate: _Candidate, filters: Mapping[str, Any], *, ignore: str = "") -> bool:
    if ignore != "type" and "type" in filters and candidate.type_key != filters["type"]:
        return False
    if ignore != "competence" and "competence" in filters and filters["competence"] not in candidate.competence_ids:
        return False
    return not (ignore != "city" and "city" in filters and candidate.city.casefold() != filters["city"].casefold())


def _facets(visible: list[_Candidate], filters: Mapping[str, Any]) -> dict[str, list[FacetValue]]:
    """Counts over the visible results; each facet counts with the other facets' filters applied."""
    types = Counter(c.type_key for c in visible if _keep(c, filters, ignore="type"))
    competences = Counter(pk for c in visible if _keep(c, filters, ignore="competence") for pk in set(c.competence_ids))
    cities = Counter(c.city for c in visible if c.city and _keep(c, filters, ignore="city"))
    type_facet = [
        FacetValue(t.key, str(t.label_plural), types[t.key], filters.get("type") == t.key)
        for t in registry.types()
        if types[t.key]
    ]
    top_competences = [pk for pk, _count in competences.most_common(FACET_SIZE)]
    if (selected := filters.get("competence")) and selected not in top_competences:
        top_competences.append(selected)
    names = {c.pk: c.name for c in Competence.objects.filter(pk__in=top_competences)} if top_competences else {}
    competence_facet = [
        FacetValue(str(pk), names[pk], competences[pk], filters.get("competence") == pk)
        for pk in top_competences
        if pk in names
    ]
    selected_city = str(filters.get("city", "")).casefold()
    city_facet = [
        FacetValue(city, city, count, city.casefold() == selected_city)
        for city, count in cities.most_common(FACET_SIZE)
    ]
    return {"type": type_facet, "competence": competence_facet, "city": city_facet}


def _link_facets(outcome: SearchPage) -> None:
    """Facet links keep the query and the other facets, drop the page number, and toggle their own value."""
    for name, values in outcome.facets.items():
        for value in values:
            params = {"q": outcome.query, **{key: str(v) for key, v in outcome.filters.items()}}
            if value.selected:
                params.pop(name, None)
            else:
                params[name] = value.value
            value.url = "?" + urlencode(params)


def _localised(url: str) -> str:
    language = get_language()
    if not url or not language or language == settings.LANGUAGE_CODE:
        return url
    # The stored path is resolved as the Polish path it is, then reversed in the visitor's language.
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, language)


def _results(hits: Sequence[_Candidate], terms: Sequence[str]) -> list[Result]:
    rows = SearchDocument.objects.filter(pk__in=[c.hit.doc_id for c in hits]).values(
        "pk", "type_key", "title", "body", "url", "city"
    )
    by_pk = {row["pk"]: row for row in rows}
    wanted = set(terms)
    results = []
    for candidate in hits:
        row = by_pk.get(candidate.hit.doc_id)
        search_type = registry.get(candidate.type_key)
        if row is None or search_type is None:
            continue
        results.append(
            Result(
                doc_id=row["pk"],
                type_key=row["type_key"],
                type_label=str(search_type.label),
                # Both are escaped by the snippet builder except for the <mark> tags it adds.
                title=mark_safe(snippets.highlight(row["title"], wanted, analyse)),  # noqa: S308
                snippet=mark_safe(snippets.snippet(row["body"], wanted, analyse)),  # noqa: S308
                url=_localised(row["url"]),
                city=row["city"],
            )
        )
    return results


def _suggestion(query: str, user: Any) -> Suggestion | None:
    """A corrected query for words whose terms occur nowhere in the index, offered only when the corrected
    word leads to something `user` may see — so a suggestion never reveals a word of a hidden document."""
    analyser = default_analyser()
    tokens = tokenize(query)
    words = {
        token: set(analyser.terms(token))
        for token in tokens
        if token not in analyser.stop_words and is_suggestible(token) and analyser.terms(token)
    }
    if not words:
        return None
    all_terms = set().union(*words.values())
    known = set(SearchWord.objects.filter(term__in=all_terms).values_list("term", flat=True).distinct())
    unknown = [word for word, terms in words.items() if not terms & known][:MAX_SUGGESTED_WORDS]
    options: dict[str, list[str]] = {}
    vocabulary: dict[str, str] = {}
    for word in unknown:
        folded, prefix, length = vocabulary_key(word)
        near = Q(folded=folded) | Q(prefix=prefix, length__gte=length - LENGTH_SLACK, length__lte=length + LENGTH_SLACK)
        rows = dict(SearchWord.objects.filter(near).values_list("word", "term")[:MAX_VOCABULARY_ROWS])
        vocabulary.update(rows)
        options[word] = closest(word, rows)
    suggested_terms = sorted({vocabulary[option] for choices in options.values() for option in choices})
    if not suggested_terms:
        return None
    found = _visible_terms(suggested_terms, user)
    replacements = {}
    for word, choices in options.items():
        for option in choices:
            if vocabulary[option] in found:
                replacements[word] = option
                break
    if not replacements:
        return None
    corrected = [(replacements.get(token, token), token in replacements) for token in tokens]
    return Suggestion(query=" ".join(word for word, _ in corrected), words=corrected)


def _visible_terms(terms: Sequence[str], user: Any) -> set[str]:
    """Which of `terms` occur in at least one document `user` may see (among each term's best candidates)."""
    hits = rank("", terms=terms, limit=CANDIDATES)
    if not hits:
        return set()
    rows = SearchDocument.objects.filter(pk__in=[hit.doc_id for hit in hits]).values_list(
        "pk", "type_key", "object_id", "terms_title", "terms_body"
    )
    by_pk = {row[0]: row for row in rows}
    candidates = [_Candidate(hit, row[1], row[2], "", []) for hit in hits if (row := by_pk.get(hit.doc_id)) is not None]
    wanted = set(terms)
    found: set[str] = set()
    for candidate in _visible(candidates, user):
        row = by_pk[candidate.hit.doc_id]
        found |= wanted & set(f"{row[3]} {row[4]}".split())
    return found


def search_page(*, user: Any, query: str, params: Mapping[str, Any], page_param: str | None) -> SearchPage:
    """Everything the search page shows for `query`, as `user` may see it. Http404 for a page past the end."""
    query = clean_query(query)
    filters = clean_filters(params)
    terms = query_terms(query)
    outcome = SearchPage(query=query, terms=terms, filters=filters)
    if not terms:
        return outcome
    hits = rank(query, terms=terms, embedder=configured_embedder())
    meta = SearchDocument.objects.filter(pk__in=[hit.doc_id for hit in hits]).values_list(
        "pk", "type_key", "object_id", "city", "competence_ids"
    )
    by_pk = {row[0]: row for row in meta}
    candidates = [
        _Candidate(hit, row[1], row[2], row[3], list(row[4] or []))
        for hit in hits
        if (row := by_pk.get(hit.doc_id)) is not None
    ]
    visible = _visible(candidates, user)
    outcome.facets = _facets(visible, filters)
    _link_facets(outcome)
    selected = [c for c in visible if _keep(c, filters)]
    outcome.total = len(selected)
    outcome.page = paginate(selected, page_param=page_param, per_page=PER_PAGE)  # type: ignore[arg-type]
    outcome.results = _results(list(outcome.page.object_list), terms)
    outcome.suggestion = _suggestion(query, user)
    return outcome
