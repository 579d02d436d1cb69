"""Top-10 matching over 100,000 synthetic profiles: build time, update time and query latency.

    .venv/bin/python bench/matching.py [--profiles 100000] [--dim 512] [--queries 200] [--seed 1] [--use]

The profiles are synthetic: every profile has one item (`--items 1-3`: one to three) of 40–120 words
drawn from a Zipf-distributed
vocabulary of 30,000 made-up words (real text is never this varied, so the inverted lists are long), a
random unit vector per item, 0–3 labels out of 400, and a location in a box around Silesia. Queries are
20–60 words from the same vocabulary, with 2 labels, a location, and a vector close to a random item.

The engine is the platform's (`platforma.matching.engine.Matcher`, exact numpy vector index, BM25 with
numpy inverted lists); only the analyser is `str.split`, because the words are not Polish (decision record
0005 has the analyser's speed: about 80 µs for a ten-word query). Query vectors are given, so the
latency excludes the sentence model; `--use` also times USE on a few real Polish queries.
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

# One BLAS thread per process, as recommended for web workers: the matrix-vector product is bound by memory
# bandwidth, and on two busy cores a second BLAS thread doubled p95 (decision record 0006). Set the variable
# yourself to compare.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from platforma.matching.engine import Item, Matcher, Profile, Query, Weights  # noqa: E402
from platforma.matching.engine.embedders import HashingEmbedder  # noqa: E402


class GivenVectors(HashingEmbedder):
    """An embedder whose vectors the benchmark supplies; it only names the model and its dimension."""

    name = "bench"


def words(rng: np.random.Generator, vocabulary: int, count: int) -> list[str]:
    ranks = np.minimum(rng.zipf(1.15, size=count), vocabulary) - 1
    return [f"w{rank}" for rank in ranks.tolist()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=512)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--vocabulary", type=int, default=30_000)
    parser.add_argument("--items", default="1-1", help="items per profile, as a range: 1-1 (default), 1-3")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--use", action="store_true", help="also time the USE model on real Polish queries")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    fewest, most = (int(part) for part in args.items.split("-"))

    print(f"machine: {platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} cores")
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, "
        f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}; load average {os.getloadavg()[0]:.1f}"
    )

    started = time.perf_counter()
    profiles = []
    items = []
    for number in range(args.profiles):
        labels = frozenset(f"L{label}" for label in rng.integers(0, 400, size=rng.integers(0, 4)).tolist())
        location = (float(rng.uniform(49.9, 50.7)), float(rng.uniform(18.3, 19.5)))
        profiles.append(Profile(f"p{number}", labels=labels, location=location, track_record=int(rng.integers(0, 3))))
        for part in range(int(rng.integers(fewest, most + 1))):
            text = " ".join(words(rng, args.vocabulary, int(rng.integers(40, 121))))
            items.append(Item(f"p{number}/{part}", (f"p{number}",), text, title=f"item {number}.{part}"))
    vectors = rng.normal(size=(len(items), args.dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    generated = time.perf_counter() - started
    print(f"generated {args.profiles:,} profiles and {len(items):,} items in {generated:.1f} s")

    embedder = GivenVectors(dim=args.dim)
    matcher = Matcher(embedder=embedder, analyse=str.split, weights=Weights.default(semantic=True))
    started = time.perf_counter()
    matcher.add_profiles(profiles)
    batch = 10_000
    for start in range(0, len(items), batch):
        matcher.add_items(
            items[start : start + batch], vectors=vectors[start : start + batch], vectors_key=matcher.vectors_key
        )
    built = time.perf_counter() - started
    queries = []
    for _ in range(args.queries):
        target = int(rng.integers(0, len(items)))
        vector = vectors[target] + rng.normal(scale=0.05, size=args.dim).astype(np.float32)
        text = " ".join(words(rng, args.vocabulary, int(rng.integers(20, 61))))
        labels = frozenset(f"L{label}" for label in rng.integers(0, 400, size=2).tolist())
        location = (float(rng.uniform(49.9, 50.7)), float(rng.uniform(18.3, 19.5)))
        queries.append((Query(text, labels=labels, location=location), vector / np.linalg.norm(vector)))
    started = time.perf_counter()
    matcher.match(queries[0][0], k=10, query_vector=queries[0][1])  # builds the arrays (snapshot) once
    first = time.perf_counter() - started
    print(f"index built in {built:.1f} s ({built / len(items) * 1e6:.0f} µs an item); first query {first * 1e3:.0f} ms")

    latencies = []
    cpu = []
    candidates = []
    for query, vector in queries:
        started, cpu_started = time.perf_counter(), time.process_time()
        matches = matcher.match(query, k=10, query_vector=vector)
        latencies.append((time.perf_counter() - started) * 1e3)
        cpu.append((time.process_time() - cpu_started) * 1e3)
        assert len(matches) == 10
        candidates.append(len(matcher.candidates(query, query_vector=vector)))
    print(
        f"top-10 over {args.profiles:,} profiles, {args.queries} queries: "
        f"p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms, "
        f"max {max(latencies):.1f} ms; {statistics.mean(candidates):,.0f} candidates scored a query"
    )
    print(
        f"CPU time a query (all threads; less sensitive to other load): "
        f"p50 {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms; "
        f"load average now {os.getloadavg()[0]:.1f}"
    )

    updates = []
    first_after = []
    for number in range(20):
        item = Item(f"new/{number}", (f"p{number}",), " ".join(words(rng, args.vocabulary, 80)))
        vector = rng.normal(size=(1, args.dim)).astype(np.float32)
        started = time.perf_counter()
        matcher.add_items([item], vectors=vector, vectors_key=matcher.vectors_key)
        updates.append((time.perf_counter() - started) * 1e3)
        started = time.perf_counter()
        matcher.match(queries[number][0], k=10, query_vector=queries[number][1])
        first_after.append((time.perf_counter() - started) * 1e3)
    print(
        f"incremental add of one item (with its vector): median {statistics.median(updates):.2f} ms; "
        f"the next query (rebuilds the arrays): median {statistics.median(first_after):.0f} ms"
    )

    if args.use:
        from platforma.matching.engine import UseEmbedder, embed_documents

        use = UseEmbedder()
        texts = [
            "Zanieczyszczona gleba metalami ciężkimi na terenie po hucie cynku",
            "Rekultywacja hałdy pogórniczej i zagospodarowanie terenu",
            "Oczyszczanie ścieków przemysłowych z metali",
            "Niska emisja z ogrzewania domów jednorodzinnych",
        ]
        embed_documents(use, texts[:1])  # loads the model
        timings = []
        for _ in range(5):
            for text in texts:
                started = time.perf_counter()
                embed_documents(use, [text])
                timings.append((time.perf_counter() - started) * 1e3)
        print(
            f"USE query embedding: median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
        )


if __name__ == "__main__":
    main()
