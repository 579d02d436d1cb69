"""Lists or removes private files (CVs, documents, images) that no record refers to any more.

python manage.py clean_private_files [--older-than-hours 24] [--remove]
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from platforma.core import private_files


class Command(BaseCommand):
    help = "Pokazuje (a z --remove usuwa) prywatne pliki, do których nie odwołuje się już żaden rekord."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--older-than-hours",
            type=float,
            default=private_files.DEFAULT_AGE_HOURS,
            help=f"Tylko pliki starsze niż tyle godzin (co najmniej {private_files.MIN_AGE_HOURS}).",
        )
        parser.add_argument("--remove", action="store_true", help="Usuń znalezione pliki (bez tego tylko lista).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = private_files.sweep(older_than_hours=options["older_than_hours"], remove=options["remove"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        for name in result.orphans:
            self.stdout.write(name)
        verb = "usunięto" if options["remove"] else "do usunięcia (dodaj --remove)"
        self.stdout.write(
            f"pliki bez rekordu: {len(result.orphans)} — {verb}; w użyciu: {result.kept}; "
            f"zbyt świeże, by je ocenić: {result.too_young}"
        )
