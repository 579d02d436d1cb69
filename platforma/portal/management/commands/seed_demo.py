import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.initiatives import demo as initiatives_demo
from platforma.knowledge import demo as knowledge_demo
from platforma.matching import services as matching_services
from platforma.opencalls import demo as opencalls_demo
from platforma.portal.demo_community import b2b as b2b_demo
from platforma.portal.demo_community import comments as comments_demo
from platforma.portal.demo_community import events as events_demo
from platforma.portal.demo_community import follows as follows_demo
from platforma.portal.demo_community import news as news_demo
from platforma.portal.management.demo_cluster import DEMO_PASSWORD, DemoLogin, demo_is_loaded, demo_logins
from platforma.portal.management.demo_loader import DemoDataError, load_demo
from platforma.resources import demo as resources_demo
from platforma.search import services as search_services
from platforma.talent import demo as talent_demo

# Each app loads its own demo content on top of the cluster, in this order: initiatives pledge resources,
# open calls create pilots among the initiatives; B2B meetings happen at a demo event; comments and follows
# attach to everything before them, and follows write the activity that the streams show.
APP_DEMOS = (
    resources_demo,
    talent_demo,
    knowledge_demo,
    initiatives_demo,
    opencalls_demo,
    news_demo,
    events_demo,
    b2b_demo,
    comments_demo,
    follows_demo,
)


class Command(BaseCommand):
    help = (
        "Load the demo cluster (organisations, people, challenges, enquiries) in one transaction. Does nothing "
        "when it is already loaded, so `make run` can call it every time. --list prints the demo log-ins."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--list", action="store_true", help="only print the demo log-ins; load nothing")
        parser.add_argument(
            "--cluster-only",
            action="store_true",
            help="load organisations, people, challenges and enquiries, but not the apps' demo content "
            "(their tests load it themselves)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["list"]:
            if not demo_is_loaded():
                self.stdout.write(self.style.WARNING(_("Dane demonstracyjne nie są jeszcze wczytane.")))
            self._print_logins()
            return
        if demo_is_loaded():
            self.stdout.write(_("Dane demonstracyjne są już wczytane."))
            return
        started = time.perf_counter()
        now = timezone.now()
        try:
            with transaction.atomic():
                counts = load_demo(now=now)
                app_counts: dict[str, int] = {}
                for demo in () if options["cluster_only"] else APP_DEMOS:
                    app_counts.update(demo.load_demo(now=now))
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        # Demo rows are bulk-created, so no save reached the search and matching indexes: build them once here.
        if not options["cluster_only"]:
            search_services.rebuild_index(embedder=search_services.configured_embedder())
            matching_services.index_rebuild(embedder=matching_services.configured_embedder())
        seconds = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                _("Wczytano dane demonstracyjne w %(seconds).1f s:") % {"seconds": seconds}
                + "\n  "
                + _(
                    "organizacje: %(organisations)d (członkowie: %(members)d, kandydaci: %(applicants)d), "
                    "osoby: %(users)d (profile: %(profiles)d, w organizacjach: %(memberships)d),"
                )
                % counts
                + "\n  "
                + _(
                    "wyzwania: %(challenges)d, „my też”: %(supports)d, propozycje: %(proposals)d, "
                    "zapytania: %(enquiries)d."
                )
                % counts
                + "\n  "
                + ", ".join(f"{name}: {number}" for name, number in sorted(app_counts.items()))
            )
        )
        self._print_logins()

    def _print_logins(self) -> None:
        logins = demo_logins()
        self.stdout.write(_("Konta demonstracyjne — hasło dla wszystkich: %(password)s") % {"password": DEMO_PASSWORD})
        self._section(_("Koordynatorka klastra (panel /panel/, administracja /admin/):"), [logins.coordinator])
        self._section(_("Administratorzy organizacji:"), logins.organisation_admins)
        self._section(_("Specjaliści bez organizacji:"), logins.specialists)

    def _section(self, title: str, logins: list[DemoLogin]) -> None:
        self.stdout.write(f"  {title}")
        width = max(len(login.email) for login in logins)
        for login in logins:
            self.stdout.write(f"    {login.email.ljust(width)}  {login.label}")
