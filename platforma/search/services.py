"""Writes to the search index: documents built from registered objects, bulk (re)indexing, the rebuild.

Every path — the task after a save, `rebuild_search_index` and `evaluate_search` — ends in `index_sources`,
so the text analysis, the stored terms and the vectors are made one way only.
"""

import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections, transaction
from django.utils import timezone, translation

from platforma.core.text import default_analyser, tokenize
from platforma.search.engine.backends import backend_for
from platforma.search.engine.embedding import Embedder, embedder_key, load_embedder, to_bytes
from platforma.search.engine.ranking import EMBED_CHARS
from platforma.search.engine.suggest import is_suggestible, vocabulary_key
from platforma.search.models import SearchDocument, SearchVector, SearchWord
from platforma.search.registry import SearchType, registry

logger = logging.getLogger(__name__)

# Raise when what is stored per document changes (fields, weights baked into rows): rows made by another
# version are found by `rebuild_search_index --stale`.
INDEX_VERSION = 1
# Plain text kept per document for snippets; the terms are taken from the whole text.
BODY_CHARS = 4000
BATCH_SIZE = 500


@dataclass(frozen=True)
class DocumentSource:
    """What is indexed of one object, independent of where it came from."""

    content_type_id: int
    object_id: int
    type_key: str
    title: str
    body: str  # shown in snippets and embedded
    extra: str = ""  # indexed with the body, never shown (names of related things, competences)
    url: str = ""
    city: str = ""
    competence_ids: tuple[int, ...] = field(default_factory=tuple)


def index_version() -> str:
    return f"{default_analyser().name}/i{INDEX_VERSION}"


_embedders: dict[str, Embedder | None] = {}


def configured_embedder() -> Embedder | None:
    """settings.SEARCH_EMBEDDER: "use" (USE-multilingual v3), "hashing" (tests) or empty for lexical only."""
    spec = getattr(settings, "SEARCH_EMBEDDER", "") or ""
    if spec not in _embedders:
        _embedders[spec] = load_embedder(spec)
    return _embedders[spec]


def analysed(text: str) -> tuple[list[str], dict[str, str]]:
    """The index terms of `text` — exactly `analyse(text)` — and, from the same pass, the vocabulary for
    "did you mean": each suggestible surface word with its term."""
    analyser = default_analyser()
    terms: list[str] = []
    words: dict[str, str] = {}
    for token in tokenize(text):
        if token in analyser.stop_words:
            continue
        token_terms = analyser.terms(token)
        terms.extend(token_terms)
        if token_terms and token not in words and is_suggestible(token):
            words[token] = token_terms[0]
    return terms, words


def source_for(search_type: SearchType, content_type_id: int, obj: Any) -> DocumentSource:
    # Links are stored in the site's first language; the page translates them for an /en/ visitor.
    with translation.override(settings.LANGUAGE_CODE):
        url = search_type.url(obj)
    return DocumentSource(
        content_type_id=content_type_id,
        object_id=obj.pk,
        type_key=search_type.key,
        title=search_type.title_text(obj),
        body=search_type.body_text(obj),
        extra=search_type.body_text(obj, shown=False),
        url=url,
        city=str(search_type.city(obj) or "").strip(),
        competence_ids=tuple(sorted(set(search_type.competence_ids(obj)))),
    )


def _document(source: DocumentSource, *, needs_tf: bool, version: str) -> tuple[SearchDocument, dict[str, str]]:
    title_terms, title_words = analysed(source.title)
    body_terms, body_words = analysed(f"{source.body}\n{source.extra}" if source.extra else source.body)
    tf: dict[str, list[int]] = {}
    if needs_tf:
        for term, count in Counter(title_terms).items():
            tf[term] = [count, 0]
        for term, count in Counter(body_terms).items():
            tf.setdefault(term, [0, 0])[1] = count
    document = SearchDocument(
        content_type_id=source.content_type_id,
        object_id=source.object_id,
        type_key=source.type_key,
        title=source.title[:300],
        body=source.body[:BODY_CHARS],
        url=source.url[:500],
        city=source.city[:120],
        competence_ids=list(source.competence_ids),
        terms_title=" ".join(title_terms),
        terms_body=" ".join(body_terms),
        length=len(title_terms) + len(body_terms),
        tf=tf,
        analysis=version,
    )
    return document, {**body_words, **title_words}


def embedding_text(source: DocumentSource) -> str:
    return f"{source.title}\n{source.body}"[:EMBED_CHARS]


def _embed(sources: Sequence[DocumentSource], embedder: Embedder) -> list[bytes] | None:
    try:
        vectors = embedder.embed([embedding_text(source) for source in sources])
    except Exception:
        # The lexical index still works; the vectors come with the next rebuild.
        logger.exception("Embedding %d search documents failed; indexed without vectors.", len(sources))
        return None
    return [to_bytes(vector) for vector in vectors]


def add_words(words: dict[str, str], *, using: str = "default", known: set[str] | None = None) -> None:
    new = [word for word in words if known is None or word not in known]
    rows = []
    for word in new:
        folded, prefix, length = vocabulary_key(word)
        rows.append(SearchWord(word=word, folded=folded, prefix=prefix, length=length, term=words[word]))
    SearchWord.objects.using(using).bulk_create(rows, batch_size=BATCH_SIZE, ignore_conflicts=True)
    if known is not None:
        known.update(new)


def index_sources(
    sources: Sequence[DocumentSource],
    *,
    using: str = "default",
    embedder: Embedder | None = None,
    known_words: set[str] | None = None,
) -> int:
    """Writes one document per source, replacing the object's previous document. Returns how many.

    Side effects: rows of SearchDocument (and through the triggers or the generated column, the full-text
    index) and new SearchWord rows; with an embedder, one vector per document.
    """
    if not sources:
        return 0
    needs_tf = backend_for(connections[using]).needs_tf
    version = index_version()
    documents = []
    vocabulary: dict[str, str] = {}
    for source in sources:
        document, words = _document(source, needs_tf=needs_tf, version=version)
        documents.append(document)
        vocabulary.update(words)
    vectors = _embed(sources, embedder) if embedder is not None else None
    with transaction.atomic(using=using):
        by_type: dict[int, list[int]] = {}
        for source in sources:
            by_type.setdefault(source.content_type_id, []).append(source.object_id)
        for content_type_id, object_ids in by_type.items():
            SearchDocument.objects.using(using).filter(
                content_type_id=content_type_id, object_id__in=object_ids
            ).delete()
        SearchDocument.objects.using(using).bulk_create(documents, batch_size=BATCH_SIZE)
        if vectors is not None and embedder is not None:
            key = embedder_key(embedder)
            rows = [
                SearchVector(document_id=document.pk, model=key, vector=vector)
                for document, vector in zip(documents, vectors, strict=True)
            ]
            SearchVector.objects.using(using).bulk_create(rows, batch_size=BATCH_SIZE)
        add_words(vocabulary, using=using, known=known_words)
    return len(documents)


CONFIGURED: Literal["configured"] = "configured"


def index_objects(
    *, type_key: str, object_ids: Iterable[int], embedder: Embedder | Literal["configured"] | None = CONFIGURED
) -> int:
    """Indexes these objects again, and drops the documents of those that no longer exist."""
    search_type = registry.get(type_key)
    if search_type is None:
        return 0
    ids = sorted({int(pk) for pk in object_ids})
    content_type = ContentType.objects.get_for_model(search_type.model)
    objects = list(search_type.index_queryset().filter(pk__in=ids))
    gone = set(ids) - {obj.pk for obj in objects}
    if gone:
        SearchDocument.objects.filter(content_type=content_type, object_id__in=gone).delete()
    sources = [source_for(search_type, content_type.pk, obj) for obj in objects]
    model = configured_embedder() if embedder == CONFIGURED else embedder
    return index_sources(sources, embedder=model)  # type: ignore[arg-type]


def remove_objects(*, type_key: str, object_ids: Iterable[int]) -> int:
    search_type = registry.get(type_key)
    if search_type is None:
        return 0
    content_type = ContentType.objects.get_for_model(search_type.model)
    deleted, _ = SearchDocument.objects.filter(content_type=content_type, object_id__in=list(object_ids)).delete()
    return deleted


def rebuild_index(
    *,
    type_keys: Sequence[str] | None = None,
    batch_size: int = BATCH_SIZE,
    embedder: Embedder | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Indexes every object of the given types (all by default) in batches; returns the count per type.

    Documents are replaced batch by batch, so search keeps working during a rebuild; documents of objects
    that no longer exist are deleted at the end of their type. A full rebuild also renews the vocabulary.
    """
    search_types = [t for t in registry.types() if type_keys is None or t.key in type_keys]
    started = timezone.now()
    if type_keys is None:
        SearchWord.objects.all().delete()
    known: set[str] = set()
    counts = {}
    for search_type in search_types:
        content_type = ContentType.objects.get_for_model(search_type.model)
        count = 0
        objects = search_type.index_queryset().order_by("pk").iterator(chunk_size=batch_size)
        for batch in itertools.batched(objects, batch_size):
            sources = [source_for(search_type, content_type.pk, obj) for obj in batch]
            count += index_sources(sources, embedder=embedder, known_words=known)
            if progress:
                progress(search_type.key, count)
        SearchDocument.objects.filter(content_type=content_type, updated_at__lt=started).delete()
        counts[search_type.key] = count
    return counts


def stale_object_ids(*, embedder: Embedder | None) -> dict[str, list[int]]:
    """Objects whose documents were made by another analyser or index version, or lack a current vector."""
    stale: dict[str, list[int]] = {}
    key = embedder_key(embedder) if embedder is not None else None
    for search_type in registry.types():
        content_type = ContentType.objects.get_for_model(search_type.model)
        documents = SearchDocument.objects.filter(content_type=content_type)
        outdated = documents.exclude(analysis=index_version())
        if key is not None:
            outdated = outdated | documents.exclude(embedding__model=key)
        stale[search_type.key] = sorted(set(outdated.values_list("object_id", flat=True)))
    return stale
