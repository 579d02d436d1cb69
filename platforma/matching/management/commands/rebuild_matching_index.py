"""Builds the matching index from every organisation, specialist, challenge, proposal, initiative, call and offer.

    python manage.py rebuild_matching_index

Entries that have not changed are left alone, so after a change of the sentence model this only embeds the
texts again. Day to day the index is kept up to date by tasks after each save; this is for a fresh database,
fixtures loaded with loaddata, or a new model.
"""

import time

from django.core.management.base import BaseCommand

from platforma.matching import services


class Command(BaseCommand):
    help = "Przebudowuje indeks dopasowań (organizacje, specjaliści, wyzwania, nabory, oferty)."

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        embedder = services.configured_embedder()
        written = services.index_rebuild(embedder=embedder)
        model = f"{embedder.name}@{embedder.version}" if embedder is not None else "—"
        self.stdout.write(
            f"Zapisano {written} wpisów indeksu dopasowań w {time.perf_counter() - started:.1f} s (model: {model})."
        )
