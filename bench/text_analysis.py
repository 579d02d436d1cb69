"""Polish text analysis on the retrieval-pl dev set: BM25 nDCG@10 per analyser, and analysis speed.

    .venv/bin/python bench/text_analysis.py [--data ../shared/data/retrieval-pl] [--all]

Plain Python (no numpy): a small Okapi BM25 (k1=1.2, b=0.75) over title + text. `--all` also runs the
variants that decision record 0005 compares. Reads qrels.tsv only to score.
"""

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from platforma.core.text import (
    Analyser,
    Lemmatiser,
    MorfeuszLemmatiser,
    PrefixStemmer,
    SnowballStemmer,
    tokenize,
)
from platforma.core.text.lemmatisers import index_term

Analyse = Callable[[str], list[str]]


def load(data: Path) -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    corpus = {}
    with (data / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            corpus[row["_id"]] = f"{row.get('title', '')}\n{row['text']}"
    with (data / "queries.jsonl").open(encoding="utf-8") as lines:
        queries = {row["_id"]: row["text"] for row in map(json.loads, lines)}
    qrels: dict[str, set[str]] = defaultdict(set)
    with (data / "qrels.tsv").open(encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            query_id, doc_id, score = line.rstrip("\n").split("\t")
            if int(score) > 0:
                qrels[query_id].add(doc_id)
    return corpus, queries, qrels


class BM25:
    def __init__(self, docs: dict[str, list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        lengths = {doc_id: len(terms) for doc_id, terms in docs.items()}
        average = sum(lengths.values()) / len(lengths)
        for doc_id, terms in docs.items():
            norm = k1 * (1 - b + b * lengths[doc_id] / average)
            for term, tf in Counter(terms).items():
                self.postings[term].append((doc_id, tf * (k1 + 1) / (tf + norm)))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def search(self, terms: list[str], k: int = 10) -> list[str]:
        scores: dict[str, float] = defaultdict(float)
        for term, qtf in Counter(terms).items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for doc_id, weight in self.postings[term]:
                scores[doc_id] += qtf * idf * weight
        return sorted(scores, key=scores.__getitem__, reverse=True)[:k]


def ndcg_at_10(ranked: list[str], relevant: set[str]) -> float:
    dcg = sum(1 / math.log2(rank + 2) for rank, doc_id in enumerate(ranked[:10]) if doc_id in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(len(relevant), 10)))
    return dcg / ideal


def evaluate(name: str, make: Callable[[], Analyse], corpus: dict[str, str], queries: dict[str, str], qrels) -> None:
    tokens = sum(len(tokenize(text)) for text in corpus.values())
    analyse = make()
    started = time.perf_counter()
    docs = {doc_id: analyse(text) for doc_id, text in corpus.items()}
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for text in corpus.values():
        analyse(text)
    warm = time.perf_counter() - started
    index = BM25(docs)
    judged = [query_id for query_id in queries if query_id in qrels]
    score = sum(ndcg_at_10(index.search(analyse(queries[q])), qrels[q]) for q in judged) / len(judged)
    print(f"{name:<46} {score:.4f}   {tokens / cold:>9,.0f}   {tokens / warm:>9,.0f}")


def with_extra(lemmatiser: Lemmatiser, extra: Callable[[str, list[str]], list[str]]) -> Lemmatiser:
    """The likeliest lemma of `lemmatiser` and the extra terms, all emitted (for the variants)."""

    class Extended:
        name = "extended"

        def lemmas(self, token: str) -> list[str]:
            lemmas = lemmatiser.lemmas(token)
            return list(dict.fromkeys(lemmas[:1] + extra(token, lemmas)))

    return Extended()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/retrieval-pl")
    parser.add_argument("--all", action="store_true", help="also run the variants compared in decision record 0005")
    args = parser.parse_args()
    corpus, queries, qrels = load(args.data)
    print(f"{len(corpus)} paragraphs, {sum(q in qrels for q in queries)} judged queries, BM25 k1=1.2 b=0.75\n")

    print(f"{'analysis':<46} nDCG@10   tokens/s: cold cache, warm cache")
    evaluate("(a) raw case-folded tokens", lambda: tokenize, corpus, queries, qrels)
    evaluate("(b) 6-character prefixes", lambda: lambda text: [t[:6] for t in tokenize(text)], corpus, queries, qrels)
    evaluate("(c) analyse(): likeliest lemma, 6 characters", lambda: Analyser().analyse, corpus, queries, qrels)
    if not args.all:
        return

    def morfeusz() -> MorfeuszLemmatiser:
        return MorfeuszLemmatiser(fallback=SnowballStemmer("polish"))

    variants: dict[str, Callable[[], Analyse]] = {
        "likeliest lemma, whole": lambda: Analyser(morfeusz(), truncate_to=None).analyse,
        "all lemma candidates, 6 characters": lambda: Analyser(morfeusz(), ambiguous="all").analyse,
        "all lemma candidates, whole": lambda: Analyser(morfeusz(), ambiguous="all", truncate_to=None).analyse,
        "(c) without stop words": lambda: Analyser(morfeusz(), stop_words=()).analyse,
        "(c), unknown words not stemmed": lambda: Analyser(MorfeuszLemmatiser()).analyse,
        "(c), unknown words by Snowball english": lambda: (
            Analyser(MorfeuszLemmatiser(fallback=SnowballStemmer("english"))).analyse
        ),
        "Snowball polish alone": lambda: Analyser(SnowballStemmer("polish"), truncate_to=None).analyse,
        "PrefixStemmer (the fallback, nothing native)": lambda: Analyser(PrefixStemmer()).analyse,
        "two terms a token: whole lemma + 6 characters": lambda: (
            Analyser(
                with_extra(morfeusz(), lambda _, lemmas: [index_term(lemmas[0])]), ambiguous="all", truncate_to=None
            ).analyse
        ),
        "two terms a token: lemma + Snowball stem": lambda: (
            Analyser(
                with_extra(morfeusz(), lambda token, _: SnowballStemmer("polish").lemmas(token)),
                ambiguous="all",
                truncate_to=None,
            ).analyse
        ),
    }
    for name, make in variants.items():
        evaluate(name, make, corpus, queries, qrels)


if __name__ == "__main__":
    main()
