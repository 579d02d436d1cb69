"""Measures the platform's matching engine on a partner-matching set: writes a run, then scores it.

    python manage.py evaluate_matching --data ../shared/data/matching-cordis --run OUT.tsv [--no-embeddings]

Same engine as the platform (platforma.matching.engine): same analyser, indexes, features and weights.
qrels.tsv is opened only after OUT.tsv has been written and closed.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from platforma.matching import evaluation
from platforma.matching.engine import FEATURES, Candidates, Weights, default_embedder


class Command(BaseCommand):
    help = "Ocenia dopasowywanie partnerów na zbiorze w formacie matching-cordis (Recall@10, nDCG@10, MRR)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", required=True, type=Path, help="Katalog z organisations/projects/queries.")
        parser.add_argument("--run", required=True, type=Path, help="Plik wynikowy TSV (top 100 na zapytanie).")
        parser.add_argument("--no-embeddings", action="store_true", help="Tylko dopasowanie leksykalne.")
        parser.add_argument("--weights", type=Path, help="Plik wag JSON zamiast wag domyślnych.")
        parser.add_argument(
            "--fit", action="store_true", help="Dopasuj wagi na wcześniejszych projektach z --data (bez qrels)."
        )
        parser.add_argument(
            "--scheme", choices=("temporal", "leave_one_out"), default="temporal", help="Pytania do dopasowania wag."
        )
        parser.add_argument("--gap-days", type=int, default=365, help="Odstęp w schemacie temporal (dni).")
        parser.add_argument("--save-weights", type=Path, help="Zapisz dopasowane wagi (z --fit) do pliku JSON.")
        parser.add_argument(
            "--drop", action="append", default=[], choices=FEATURES, help="Wyłącz cechę (ablacja); można powtarzać."
        )
        parser.add_argument("--depth", type=int, default=100, help="Ile organizacji na zapytanie zapisać.")
        parser.add_argument(
            "--ablation", action="store_true", help="Po wyniku wypisz też wyniki bez każdej z cech po kolei."
        )

    def handle(self, *args, **options) -> None:
        data: Path = options["data"]
        for name in ("organisations.jsonl", "projects.jsonl", "queries.jsonl"):
            if not (data / name).is_file():
                raise CommandError(f"Brak pliku {data / name}.")
        timer = evaluation.Timer()
        semantic = not options["no_embeddings"]
        embedder = default_embedder(enabled=semantic)
        if options["weights"]:
            weights = Weights.load(options["weights"], variant="semantic" if embedder else "lexical")
        else:
            weights = Weights.default(semantic=embedder is not None)

        dataset = evaluation.load_dataset(data)
        self.stdout.write(
            f"{len(dataset.profiles)} organisations, {len(dataset.items)} projects, {len(dataset.queries)} queries; "
            f"model: {embedder.name if embedder else 'none (lexical only)'}"
        )
        matcher = evaluation.build_matcher(dataset, embedder=embedder, weights=weights)
        self.stdout.write(f"indexed in {timer.mark('index'):.1f} s")

        if options["fit"]:
            weights, measured, n_questions = evaluation.fit(
                matcher, dataset, scheme=options["scheme"], gap_days=options["gap_days"]
            )
            self.stdout.write(
                f"fitted on {n_questions} earlier projects as questions in {timer.mark('fit'):.1f} s: "
                f"Recall@10 {measured['recall@10']:.4f}, nDCG@10 {measured['ndcg@10']:.4f}\n"
                + "  ".join(f"{name}={value:g}" for name, value in weights.values.items())
            )
            if options["save_weights"]:
                options["save_weights"].write_text(weights.to_json(), encoding="utf-8")
        if options["drop"]:
            weights = weights.without(*options["drop"])
            self.stdout.write(f"ablation: without {', '.join(options['drop'])}")
        matcher.use_weights(weights)

        kept: list[tuple[str, Candidates]] | None = [] if options["ablation"] else None
        run = evaluation.write_run(matcher, dataset.queries, options["run"], depth=options["depth"], keep=kept)
        self.stdout.write(f"run written to {options['run']} in {timer.mark('run'):.1f} s")

        qrels_path = data / "qrels.tsv"
        if not qrels_path.is_file():
            self.stdout.write("no qrels.tsv: nothing to score")
            return
        qrels = evaluation.read_qrels(qrels_path)
        scores = evaluation.evaluate(run, qrels, k=10)
        self.stdout.write(
            f"Recall@10 {scores['recall@10']:.4f}  nDCG@10 {scores['ndcg@10']:.4f}  MRR {scores['mrr']:.4f}  "
            f"({scores['queries']} queries, {timer.mark('total'):.1f} s in all)"
        )
        if kept:
            self.stdout.write("ablation (same candidates, rescored):")
            for label, measured in evaluation.ablations(matcher, kept, qrels, weights):
                self.stdout.write(
                    f"  {label:60s} Recall@10 {measured['recall@10']:.4f}  nDCG@10 {measured['ndcg@10']:.4f}  "
                    f"MRR {measured['mrr']:.4f}"
                )
