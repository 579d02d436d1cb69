"""python manage.py rebuild_search_index [--type challenge] [--stale] [--batch-size 500] [--no-embeddings]

Indexes every registered object again, in batches, while search keeps answering; or, with --stale, only
the objects whose documents were made by another analyser, index version or embedding model.
"""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from platforma.search import services
from platforma.search.registry import registry


class Command(BaseCommand):
    help = "Rebuilds the search index (all types, or those given with --type)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--type", action="append", dest="types", metavar="KEY", help="only this type (repeatable)")
        parser.add_argument("--stale", action="store_true", help="only documents made by an older analysis or model")
        parser.add_argument("--batch-size", type=int, default=services.BATCH_SIZE)
        parser.add_argument("--no-embeddings", action="store_true", help="skip the vectors even if configured")

    def handle(self, *args: Any, types: list[str] | None, stale: bool, batch_size: int, **options: Any) -> None:
        unknown = [key for key in types or [] if registry.get(key) is None]
        if unknown:
            raise CommandError(f"Unknown type(s): {', '.join(unknown)}. Registered: {', '.join(registry.keys())}.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        embedder = None if options["no_embeddings"] else services.configured_embedder()
        started = time.perf_counter()
        if stale:
            counts = {}
            for key, object_ids in services.stale_object_ids(embedder=embedder).items():
                if types and key not in types:
                    continue
                counts[key] = 0
                for start in range(0, len(object_ids), batch_size):
                    counts[key] += services.index_objects(
                        type_key=key, object_ids=object_ids[start : start + batch_size]
                    )
        else:

            def progress(key: str, count: int) -> None:
                if options["verbosity"] > 1:
                    self.stdout.write(f"  {key}: {count}")

            counts = services.rebuild_index(
                type_keys=types, batch_size=batch_size, embedder=embedder, progress=progress
            )
        for key, count in counts.items():
            self.stdout.write(f"{key}: {count}")
        model = f" with {embedder.name}" if embedder is not None else " (no embeddings)"
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {sum(counts.values())} objects{model} in {time.perf_counter() - started:.1f} s."
            )
        )
