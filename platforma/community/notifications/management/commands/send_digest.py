from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from platforma.community.notifications import mailing
from platforma.community.notifications.models import DigestPeriod, DigestRun


class Command(BaseCommand):
    help = (
        "Start the daily or weekly digest of the current period: people with notifications waiting for it "
        "are split into batches, each a background task (a running `db_worker` sends them). A period is sent "
        "once; --resume enqueues again the people an outage of the mail server left waiting."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--period", choices=DigestPeriod.values, required=True)
        parser.add_argument("--date", help="any day of the period, YYYY-MM-DD (default: today in Warsaw)")
        parser.add_argument("--resume", action="store_true", help="re-send to people the period's run missed")

    def handle(self, *args: Any, **options: Any) -> None:
        period = options["period"]
        start = None
        if options["date"]:
            try:
                day = date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError(f"--date: {error}") from None
            start = day if period == DigestPeriod.DAILY else date.fromordinal(day.toordinal() - day.weekday())
        if options["resume"]:
            run = DigestRun.objects.filter(period=period, **({"period_start": start} if start else {})).first()
            if run is None:
                raise CommandError("No digest of this period has been started yet; run without --resume.")
            batches = mailing.digest_run_resume(run=run)
            self.stdout.write(f"{run}: enqueued {batches} batch(es) of people still waiting.")
            return
        run = mailing.digest_run_start(period=period, start=start)
        if run is None:
            self.stdout.write("This period's digest has already been started; nothing to do (see --resume).")
            return
        self.stdout.write(f"{run}: {run.recipients} people in {run.batches} batch(es) enqueued.")
