"""How results are ordered: BM25 over lemmatised terms, optionally mixed with sentence-embedding similarity.

The numbers below were chosen on the retrieval-pl dev set (docs/decisions/0007-search.md) and are shared by
the site and by `manage.py evaluate_search`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from platforma.core.text import analyse

# Okapi BM25 as SQLite's FTS5 computes it (its k1 and b are fixed); PostgreSQL repeats the same formula.
K1 = 1.2
B = 0.75
# A term in the title counts twice (FTS5 column weights). Measured: 0.866 at 1.0, 0.868 at 2.0 — titles of
# Wikipedia articles say little; on the platform a title is the problem's name, so it keeps the extra weight.
TITLE_WEIGHT = 2.0
BODY_WEIGHT = 1.0

# How many BM25 candidates are re-ranked with embeddings and filtered by visibility.
CANDIDATES = 200
# Share of the embedding similarity in the final score: (1 - w) * bm25 / best bm25 + w * cosine.
SEMANTIC_WEIGHT = 0.6
# Documents are embedded from their first characters: the model reads short texts best, and fast.
EMBED_CHARS = 600

# Bounds on the work of one query at scale (rows scored by BM25). A query term found in more documents than
# SCORING_BUDGET, next to rarer terms, is left out — like a stop word of this index (Lucene's "cutoff
# frequency"): it adds little to BM25 and costs a scored row per document. And when the terms left still match
# more than SCAN_LIMIT documents, the newest SCAN_LIMIT of them are ranked. Below these sizes — the dev set,
# and the platform for years — the ranking is exact BM25.
SCORING_BUDGET = 10_000
SCAN_LIMIT = 10_000

# Absurd input (a pasted book, 10,000 characters of punctuation) is cut before it costs anything.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32


@dataclass(frozen=True, slots=True)
class Hit:
    doc_id: int
    score: float
    lexical: float
    semantic: float | None = None


def clean_query(text: str) -> str:
    """The query as it is analysed and embedded: NUL and other control characters removed, length capped."""
    text = "".join(char if char.isprintable() else " " for char in text[: MAX_QUERY_CHARS * 2])
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def query_terms(text: str) -> list[str]:
    """Distinct index terms of a query, in order; each counts once, as in FTS5's MATCH of distinct phrases."""
    return list(dict.fromkeys(analyse(clean_query(text))))[:MAX_QUERY_TERMS]


def select_terms(terms: Sequence[str], frequencies: Sequence[int], *, budget: int) -> list[str]:
    """The terms to search by: rarest first while their document frequencies add up to at most `budget`;
    the rarest is always kept, and terms found nowhere are dropped. `frequencies` may be capped above budget."""
    present = sorted((df, index, term) for index, (term, df) in enumerate(zip(terms, frequencies, strict=True)) if df)
    kept: list[str] = []
    total = 0
    for df, _index, term in present:
        if kept and total + df > budget:
            break
        kept.append(term)
        total += df
    return kept


def combine(
    lexical: Sequence[tuple[int, float]],
    similarities: Mapping[int, float] | None = None,
    *,
    weight: float = SEMANTIC_WEIGHT,
) -> list[Hit]:
    """Final order of BM25 candidates (doc id, score > 0), best first.

    BM25 is divided by the best candidate's score, so that it lies in [0, 1] like a cosine. The cosine is
    used as it is: min-max scaling it per query scored lower (0.882 against 0.884 on the dev set), because it
    inflates small differences when every candidate is about equally (dis)similar. A candidate without a
    vector gets the lowest similarity among the others rather than a bonus or a zero.
    """
    if not lexical:
        return []
    best = max(score for _doc, score in lexical) or 1.0
    if not similarities:
        return [Hit(doc, score / best, score) for doc, score in lexical]
    floor = min(similarities.values())
    hits = []
    for doc, score in lexical:
        semantic = similarities.get(doc)
        cosine = floor if semantic is None else semantic
        hits.append(Hit(doc, (1 - weight) * score / best + weight * cosine, score, semantic))
    # Stable: equal scores keep BM25's order, which breaks its own ties by document id.
    hits.sort(key=lambda hit: -hit.score)
    return hits
