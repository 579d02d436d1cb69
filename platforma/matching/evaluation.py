"""Running the matcher on a BEIR-style partner-matching set (the matching-cordis format), without Django.

Files of a data directory: organisations.jsonl (org_id, name, country, project_ids), projects.jsonl
(project_id, acronym, title, objective, start_date, programme, topic, org_ids), queries.jsonl (_id, text,
programme, topic, …) and qrels.tsv (query-id, org-id, score). Only `read_qrels` opens qrels.tsv, and the
command calls it after the run file is written and closed.
"""

import csv
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import (
    FEATURES,
    Candidates,
    Embedder,
    Item,
    LinearScorer,
    Matcher,
    Profile,
    Query,
    Weights,
    embed_documents,
    evaluate,
)
from .engine.training import Scheme, fit_weights, prepare, pseudo_queries

RUN_HEADER = ("query-id", "org-id", "rank", "score")


def hierarchy_labels(code: str, *, separator: str, prefix: str) -> set[str]:
    """A code and every code above it: "H2020-EU.3.3.2." → H2020-EU, H2020-EU.3, H2020-EU.3.3, H2020-EU.3.3.2.

    The labels of a tree, as on the platform, where a competence brings the competences above it; rare labels
    weigh more in the overlap (idf), so the shared root counts for little.
    """
    parts = [part for part in code.strip().strip(separator).split(separator) if part]
    return {f"{prefix}:{separator.join(parts[: depth + 1])}" for depth in range(len(parts))}


def record_labels(record: dict[str, Any]) -> frozenset[str]:
    labels: set[str] = set()
    for code in (record.get("programme") or "").split(";"):
        if code.strip():
            labels |= hierarchy_labels(code, separator=".", prefix="programme")
    topic = record.get("topic") or ""
    if topic.strip():
        labels |= hierarchy_labels(topic, separator="-", prefix="topic")
    return frozenset(labels)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


@dataclass
class Dataset:
    profiles: list[Profile]
    items: list[Item]
    queries: list[tuple[str, Query]]


def load_dataset(data: Path) -> Dataset:
    """Organisations as profiles, their earlier projects as items, and the queries. Does not open qrels.tsv."""
    organisations = list(_jsonl(data / "organisations.jsonl"))
    known = {row["org_id"] for row in organisations}
    members: dict[str, list[str]] = {}
    for row in organisations:
        for project in row.get("project_ids", []):
            members.setdefault(str(project), []).append(row["org_id"])
    items = []
    for row in _jsonl(data / "projects.jsonl"):
        project = str(row["project_id"])
        partners = [org for org in row.get("org_ids", []) if org in known]
        partners += [org for org in members.get(project, []) if org not in partners]
        if not partners:
            continue
        items.append(
            Item(
                key=project,
                profiles=tuple(partners),
                text=row.get("objective") or "",
                title=row.get("title") or row.get("acronym") or "",
                labels=record_labels(row),
                kind="project",
                date=row.get("start_date") or "",
            )
        )
    profiles = [Profile(key=row["org_id"], name=row.get("name", "")) for row in organisations]
    queries = [
        (str(row["_id"]), Query(text=row.get("text") or "", labels=record_labels(row)))
        for row in _jsonl(data / "queries.jsonl")
    ]
    return Dataset(profiles, items, queries)


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8", newline="") as lines:
        reader = csv.reader(lines, delimiter="\t")
        for row in reader:
            if len(row) < 3 or row[0] == "query-id":
                continue
            qrels.setdefault(row[0], {})[row[1]] = int(float(row[2]))
    return qrels


def build_matcher(dataset: Dataset, *, embedder: Embedder | None, weights: Weights | None) -> Matcher:
    matcher = Matcher(embedder=embedder, weights=weights, pool_items=1000)
    matcher.add_profiles(dataset.profiles)
    matcher.add_items(dataset.items)
    return matcher


def fit(
    matcher: Matcher, dataset: Dataset, *, scheme: Scheme = "temporal", gap_days: int = 365
) -> tuple[Weights, dict[str, float], int]:
    """Weights tuned on the dataset's own earlier projects as questions (never on its queries or qrels)."""
    questions = pseudo_queries(dataset.items, scheme=scheme, gap_days=gap_days)
    prepared = prepare(matcher, questions)
    # A neutral start: the lexical soft maximum alone (the anchor), and the hand-set proximity weight.
    start = Weights(
        dict.fromkeys(FEATURES, 0.0) | {"lex_soft": 1.0, "proximity": matcher.weights.values.get("proximity", 0.0)},
        {
            "method": f"coordinate ascent on Recall@10 + nDCG@10 over {scheme} pseudo-queries"
            + (f" with a gap of {gap_days} days" if scheme == "temporal" else ""),
            "questions": len(questions),
        },
    )
    weights, measured = fit_weights(prepared, start=start)
    return weights, measured, len(questions)


def write_run(
    matcher: Matcher,
    queries: Sequence[tuple[str, Query]],
    out: Path,
    *,
    depth: int = 100,
    keep: list[tuple[str, Candidates]] | None = None,
) -> dict[str, list[str]]:
    """Ranks profiles for every query and writes `query-id, org-id, rank, score` (with a header line).

    With `keep`, each query's candidates are appended to it, so that ablations can rescore them.
    """
    vectors = None
    if matcher.embedder is not None and queries:
        vectors = embed_documents(matcher.embedder, [query.text for _, query in queries])
    run: dict[str, list[str]] = {}
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(RUN_HEADER)
        for index, (query_id, query) in enumerate(queries):
            vector = vectors[index] if vectors is not None else None
            candidates = matcher.candidates(query, query_vector=vector)
            if keep is not None:
                keep.append((query_id, candidates))
            matches = matcher.top(candidates, k=depth)
            run[query_id] = [match.profile for match in matches]
            for rank, match in enumerate(matches, start=1):
                writer.writerow((query_id, match.profile, rank, f"{match.score:.6f}"))
    return run


def ablations(
    matcher: Matcher, kept: list[tuple[str, Candidates]], qrels: dict[str, dict[str, int]], weights: Weights
) -> list[tuple[str, dict[str, float]]]:
    """Scores with each used feature switched off in turn, and with text alone, on the same candidates."""
    used = [name for name in FEATURES if weights.values.get(name, 0.0) != 0.0]
    variants = [("all features", weights)]
    variants += [(f"without {name}", weights.without(name)) for name in used]
    text = [name for name in used if name.startswith(("lex_", "sem_"))]
    variants.append(("text only (" + ", ".join(text) + ")", weights.without(*(set(used) - set(text)))))
    results = []
    for label, variant in variants:
        scorer = LinearScorer(variant)
        run = {query_id: [m.profile for m in matcher.top(c, k=100, scorer=scorer)] for query_id, c in kept}
        results.append((label, evaluate(run, qrels, k=10)))
    return results


def score_run(run: dict[str, list[str]], qrels_path: Path) -> dict[str, float]:
    return evaluate(run, read_qrels(qrels_path), k=10)


class Timer:
    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.marks: list[tuple[str, float]] = []

    def mark(self, name: str) -> float:
        elapsed = time.perf_counter() - self.start
        self.marks.append((name, elapsed))
        return elapsed
