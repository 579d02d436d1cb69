"""Measuring search on a BEIR-style set (corpus.jsonl, queries.jsonl, qrels.tsv) with the site's own code.

The corpus goes into a temporary SQLite database migrated like the site's — the same SearchDocument table,
FTS5 table and triggers — through `services.index_sources`, and each query through `selectors.rank`: the
same analyser, index, BM25 and embedding mix as the search page. Only visibility is left out, because
the paragraphs belong to no one. The run file is written before qrels.tsv is opened.
"""

import json
import math
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.core.management import call_command
from django.db import connections
from django.db.utils import load_backend

from platforma.search.engine.embedding import Embedder
from platforma.search.selectors import rank
from platforma.search.services import DocumentSource, index_sources

ALIAS = "search_evaluation"
RUN_DEPTH = 100
# Content type of the evaluation documents inside the temporary database; nothing else lives there.
EVAL_APP, EVAL_MODEL = "search", "evaluationdocument"


@dataclass
class Timings:
    index_seconds: float = 0.0
    query_seconds: float = 0.0
    queries: int = 0
    documents: int = 0


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


@contextmanager
def temporary_database() -> Iterator[str]:
    """A fresh SQLite database under a temporary directory, migrated for search, reachable as connections[ALIAS].

    The connection is placed in the handler directly rather than added to the DATABASES settings: it is this
    command's private scratch space, and Django treats such dynamically created connections as allowed.
    """
    with tempfile.TemporaryDirectory(prefix="search-eval-") as directory:
        configured = connections.configure_settings(
            {
                "default": {"ENGINE": "django.db.backends.dummy"},
                ALIAS: {"ENGINE": "django.db.backends.sqlite3", "NAME": str(Path(directory) / "index.sqlite3")},
            }
        )[ALIAS]
        wrapper = load_backend(configured["ENGINE"]).DatabaseWrapper(configured, ALIAS)
        setattr(connections._connections, ALIAS, wrapper)
        try:
            call_command("migrate", "search", database=ALIAS, verbosity=0, interactive=False)
            yield ALIAS
        finally:
            wrapper.close()
            del connections[ALIAS]


def evaluate_run(
    data: Path,
    run_path: Path,
    *,
    embedder: Embedder | None,
    batch_size: int = 256,
    log: Callable[[str], None] = print,
) -> Timings:
    """Indexes data/corpus.jsonl, ranks data/queries.jsonl and writes the top RUN_DEPTH per query to run_path."""
    timings = Timings()
    with temporary_database() as alias:
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.db_manager(alias).get_or_create(app_label=EVAL_APP, model=EVAL_MODEL)[0]
        doc_ids: list[str] = []
        started = time.perf_counter()
        batch: list[DocumentSource] = []
        known: set[str] = set()
        for row in read_jsonl(data / "corpus.jsonl"):
            doc_ids.append(str(row["_id"]))
            batch.append(
                DocumentSource(
                    content_type_id=content_type.pk,
                    object_id=len(doc_ids),
                    type_key="document",
                    title=str(row.get("title") or ""),
                    body=str(row.get("text") or ""),
                )
            )
            if len(batch) >= batch_size:
                timings.documents += index_sources(batch, using=alias, embedder=embedder, known_words=known)
                batch = []
                log(f"indexed {timings.documents}")
        timings.documents += index_sources(batch, using=alias, embedder=embedder, known_words=known)
        timings.index_seconds = time.perf_counter() - started
        log(f"indexed {timings.documents} documents in {timings.index_seconds:.1f} s")

        from platforma.search.models import SearchDocument

        object_of = dict(SearchDocument.objects.using(alias).values_list("pk", "object_id"))
        started = time.perf_counter()
        with run_path.open("w", encoding="utf-8") as run:
            for query in read_jsonl(data / "queries.jsonl"):
                hits = rank(str(query.get("text") or ""), using=alias, limit=RUN_DEPTH, embedder=embedder)
                for position, hit in enumerate(hits, start=1):
                    doc_id = doc_ids[object_of[hit.doc_id] - 1]
                    run.write(f"{query['_id']}\t{doc_id}\t{position}\t{hit.score:.6f}\n")
                timings.queries += 1
        timings.query_seconds = time.perf_counter() - started
    return timings


def read_run(path: Path) -> dict[str, list[str]]:
    ranked: dict[str, list[tuple[int, str]]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            query_id, doc_id, position, _score = line.rstrip("\n").split("\t")
            ranked.setdefault(query_id, []).append((int(position), doc_id))
    return {query_id: [doc for _, doc in sorted(rows)] for query_id, rows in ranked.items()}


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2].lstrip("-").isdigit():
                continue  # the header, or a blank line
            qrels.setdefault(parts[0], {})[parts[1]] = int(parts[2])
    return qrels


def ndcg_at(ranked: list[str], relevance: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** relevance.get(doc, 0) - 1) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted((r for r in relevance.values() if r > 0), reverse=True)[:k]
    best = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / best if best else 0.0


def recall_at(ranked: list[str], relevance: dict[str, int], k: int = 10) -> float:
    relevant = {doc for doc, r in relevance.items() if r > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def scores(run: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    """Means over the judged queries with at least one relevant document; a query missing from the run scores 0."""
    judged = [q for q, rel in qrels.items() if any(r > 0 for r in rel.values())]
    if not judged:
        return {"ndcg@10": 0.0, "recall@10": 0.0, "recall@100": 0.0, "queries": 0}
    return {
        "ndcg@10": sum(ndcg_at(run.get(q, []), qrels[q]) for q in judged) / len(judged),
        "recall@10": sum(recall_at(run.get(q, []), qrels[q]) for q in judged) / len(judged),
        "recall@100": sum(recall_at(run.get(q, []), qrels[q], 100) for q in judged) / len(judged),
        "queries": len(judged),
    }
