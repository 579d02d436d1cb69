"""Search at scale: full index build, incremental update per item, and query latency over 100,000 documents.

    .venv/bin/python bench/search.py [--database-url URL] [--documents 100000] [--queries 300] [--semantic]

Builds a throwaway database (an SQLite file under var/bench/, or with
--database-url postgres://postgres@127.0.0.1:5432/platforma_search_bench a PostgreSQL database that is
dropped and created again), migrates the search app and indexes synthetic Polish documents through the
site's own code (services.index_sources: analysis, SearchDocument rows, FTS5 triggers or the generated
tsvector). Documents are drawn word by word from the frequencies of a real Polish text (the retrieval-pl
corpus, if present; a built-in environmental vocabulary otherwise), so that term frequencies follow
Polish usage; titles have 4–10 words and bodies 40–250.

Measured:
- build: every document indexed in batches of 500, wall clock;
- search: `selectors.rank()` (analysis of the query, BM25 candidates from the index, ordering) plus the
  query that loads the candidates' type, object id, town and competences — everything the search page does
  before the per-type visibility queries (one indexed `pk IN (…)` per type, not part of this figure);
- with --semantic: the same with re-ranking by USE-multilingual (the real model embeds each query; the
  stored document vectors are random unit vectors, because their content does not change the cost);
- incremental update: one document re-indexed (replaced) at a time, as the task after a save does.
"""

import argparse
import itertools
import json
import os
import platform
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from list_pages import drop_database, percentile, recreate_database  # noqa: E402

DEFAULT_SQLITE = ROOT / "var" / "bench" / "search.sqlite3"
CORPUS = ROOT.parent / "shared" / "data" / "retrieval-pl" / "corpus.jsonl"
TOWNS = ["Katowice", "Gliwice", "Bytom", "Zabrze", "Chorzów", "Sosnowiec", "Piekary Śląskie", "Rybnik"]
FALLBACK_WORDS = """
rekultywacja rekultywacji hałda hałdy hałdzie gleba gleby glebie glebach zanieczyszczenie zanieczyszczenia
zanieczyszczeń metale metali ciężkich cynk cynku ołów ołowiu kadm kadmu ścieki ścieków oczyszczalnia
oczyszczalni woda wody wód wodzie kopalnia kopalni kopalń teren terenu terenów poprzemysłowy poprzemysłowych
emisja emisji niska pył pyłów powietrze powietrza odpady odpadów recykling gospodarka obiegu zamkniętego
monitoring monitoringu analiza analizy badanie badania laboratorium próbki próbek remediacja fitoremediacja
osad osadów osady staw stawu rzeka rzeki rzece Brynica Kłodnica Bytom Piekary Śląskie miasto gmina projekt
projektu technologia technologii rozwiązanie rozwiązania problem problemu wyzwanie wyzwania klaster członek
energia energii odnawialna odnawialnej fotowoltaika ciepło ciepła biogaz biomasa wodór wodoru magazyn
i w na z do się że jest nie o od po przez dla jak oraz który która które tego tym także bardzo
""".split()  # noqa: SIM905 - a word list reads better as running text


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=f"sqlite:///{DEFAULT_SQLITE}", help="a throwaway database")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300, help="timed queries per variant")
    parser.add_argument("--updates", type=int, default=200, help="timed single-document updates")
    parser.add_argument("--semantic", action="store_true", help="also time re-ranking with USE-multilingual")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="measure a database kept by --keep instead of building")
    return parser.parse_args()


def word_frequencies() -> Counter[str]:
    if not CORPUS.is_file():
        return Counter(FALLBACK_WORDS)
    counts: Counter[str] = Counter()
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            counts.update(f"{row.get('title', '')} {row['text']}".split())
    return counts


class Writer:
    """Polish-like text: words drawn with their frequencies in real Polish text."""

    def __init__(self, counts: Counter[str], rng: random.Random) -> None:
        self.words = list(counts)
        self.cumulative = list(itertools.accumulate(counts[word] for word in self.words))
        self.rng = rng

    def text(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(low, high)))


def sources(count: int, writer: Writer, content_type_id: int, rng: random.Random, start: int = 1) -> list:
    from platforma.search.services import DocumentSource

    return [
        DocumentSource(
            content_type_id=content_type_id,
            object_id=start + index,
            type_key="challenge",
            title=writer.text(4, 10).capitalize(),
            body=writer.text(40, 250),
            url=f"/wyzwania/{start + index}/",
            city=rng.choice(TOWNS),
            competence_ids=tuple(sorted(rng.sample(range(1, 92), rng.randint(1, 4)))),
        )
        for index in range(count)
    ]


def queries(count: int, writer: Writer, rng: random.Random) -> list[str]:
    """Mostly two or three words, some single words, some long questions — like a search box sees."""
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.3:
            out.append(writer.text(1, 1))
        elif kind < 0.9:
            out.append(writer.text(2, 3))
        else:
            out.append(writer.text(5, 8))
    return out


def timed(function, items) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU milliseconds per call. SQLite runs inside this process, so on a machine shared with
    other work the CPU time shows what the call costs, and the wall clock what it took under that load."""
    wall, cpu = [], []
    for item in items:
        started, started_cpu = time.perf_counter(), time.process_time()
        function(item)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def summary(name: str, measured: tuple[list[float], list[float]], *, cpu: bool = True) -> None:
    wall, cpu_times = measured
    line = (
        f"  {name:<40} wall median {statistics.median(wall):6.1f} p95 {percentile(wall, 0.95):6.1f} "
        f"max {max(wall):6.1f} ms"
    )
    if cpu:
        line += f" | cpu median {statistics.median(cpu_times):6.1f} p95 {percentile(cpu_times, 0.95):6.1f} ms"
    print(f"{line}  (n={len(wall)})")


def main() -> None:
    args = parse_args()
    if not args.reuse:
        recreate_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    import django

    django.setup()
    from django.db import connections

    try:
        run(args)
    finally:
        connections.close_all()
        if not (args.keep or args.reuse):
            drop_database(args.database_url)


def run(args: argparse.Namespace) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection

    from platforma.core.text import analyse
    from platforma.search.models import SearchDocument

    rng = random.Random(2026)
    call_command("migrate", "search", verbosity=0)
    content_type = ContentType.objects.get_or_create(app_label="search", model="benchdocument")[0]
    writer = Writer(word_frequencies(), rng)
    version = connection.pg_version if connection.vendor == "postgresql" else connection.Database.sqlite_version
    print(f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    print(f"Database: {connection.vendor} {version}; {args.documents:,} documents\n")

    analyse("rozgrzewka analizatora")  # Morfeusz loads once per process (~0.2 s); not part of the build
    if args.reuse and SearchDocument.objects.count() == args.documents:
        print("Reusing the kept index (no build).")
    else:
        build(args, writer, content_type.pk, rng)
    # The queries and updates come from their own random stream, the same with and without --reuse.
    writer.rng = rng = random.Random(2027)
    measure(args, writer, content_type.pk, rng)


def build(args: argparse.Namespace, writer: Writer, content_type_id: int, rng: random.Random) -> None:
    from django.db import connection

    from platforma.search.services import index_sources

    batch_size = 500
    started = time.perf_counter()
    generated = 0.0
    known: set[str] = set()  # as rebuild_index does: each vocabulary word is inserted once
    for first in range(0, args.documents, batch_size):
        made = time.perf_counter()
        batch = sources(min(batch_size, args.documents - first), writer, content_type_id, rng, start=first + 1)
        generated += time.perf_counter() - made
        index_sources(batch, known_words=known)
    elapsed = time.perf_counter() - started - generated
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"Full build: {elapsed:.1f} s ({args.documents / elapsed:,.0f} documents/s), text generation excluded")


def measure(args: argparse.Namespace, writer: Writer, content_type_id: int, rng: random.Random) -> None:
    import numpy as np

    from platforma.search.engine.embedding import UseEmbedder, embedder_key, normalise, to_bytes
    from platforma.search.models import SearchDocument, SearchVector
    from platforma.search.selectors import rank
    from platforma.search.services import index_sources

    test_queries = queries(args.queries + 20, writer, rng)

    def search(query: str) -> None:
        hits = rank(query)
        list(
            SearchDocument.objects.filter(pk__in=[hit.doc_id for hit in hits]).values_list(
                "pk", "type_key", "object_id", "city", "competence_ids"
            )
        )

    timed(search, test_queries[:20])  # warm-up: caches, the first query plans
    print("\nSearch (analysis + BM25 candidates, top 200 + their facet data):")
    summary("lexical", timed(search, test_queries[20:]))
    lengths = Counter(len(q.split()) for q in test_queries[20:])
    print(f"  query lengths in words: {dict(sorted(lengths.items()))}")

    if args.semantic:
        embedder = UseEmbedder()
        key = embedder_key(embedder)
        print("\n  storing random unit vectors for every document …")
        SearchVector.objects.all().delete()
        vectors = np.random.default_rng(1).standard_normal((args.documents, embedder.dim)).astype(np.float32)
        vectors = normalise(vectors)
        ids = list(SearchDocument.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), 2000):
            rows = [
                SearchVector(document_id=pk, model=key, vector=to_bytes(vectors[i]))
                for i, pk in enumerate(ids[start : start + 2000], start=start)
            ]
            SearchVector.objects.bulk_create(rows)
        embedder.embed(["rozgrzewka"])  # loads the model once

        def semantic(query: str) -> None:
            hits = rank(query, embedder=embedder)
            list(SearchDocument.objects.filter(pk__in=[hit.doc_id for hit in hits]).values_list("pk", "city"))

        timed(semantic, test_queries[:5])
        # The model computes on two threads, so its CPU time is not comparable with the wall clock.
        summary("with USE re-ranking (embedding included)", timed(semantic, test_queries[20:]), cpu=False)
        summary("USE query embedding alone", timed(lambda q: embedder.embed([q]), test_queries[20:]), cpu=False)

    print("\nIncremental update (one document replaced, as the task after a save does):")
    targets = rng.sample(range(1, args.documents + 1), min(args.updates, args.documents))
    updates = [sources(1, writer, content_type_id, rng, start=target)[0] for target in targets]
    summary("index one document", timed(lambda source: index_sources([source]), updates))
    assert SearchDocument.objects.count() == args.documents


if __name__ == "__main__":
    main()
