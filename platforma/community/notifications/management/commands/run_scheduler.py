import time
from datetime import datetime
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from platforma.community.notifications import mailing, tasks

# django.tasks has no periodic tasks; this loop is the cron. It only enqueues: a db_worker does the work.
TICK_SECONDS = 30
SWEEP_EVERY_SECONDS = 3600
# A digest enqueued but not yet started (its DigestRun missing) is enqueued again after this long.
REENQUEUE_AFTER_SECONDS = 900


class Scheduler:
    """Enqueues each digest once its local time has come, and the hourly sweep of unsent e-mails.

    Idempotent by design: the digest task refuses a period already started (DigestRun), so two
    schedulers, a restart or a manual `send_digest` never send a period twice.
    """

    def __init__(self) -> None:
        self.enqueued: dict[tuple[str, str], float] = {}
        self.last_sweep: float | None = None

    def tick(self, *, now: datetime, clock: float) -> list[str]:
        done = []
        for period, start in mailing.digests_due(now=now):
            key = (period, start.isoformat())
            if key in self.enqueued and clock - self.enqueued[key] < REENQUEUE_AFTER_SECONDS:
                continue
            tasks.send_digests.enqueue(period, start.isoformat())
            self.enqueued[key] = clock
            done.append(f"digest {period} {start}")
        if self.last_sweep is None or clock - self.last_sweep >= SWEEP_EVERY_SECONDS:
            tasks.send_pending_notification_emails.enqueue()
            self.last_sweep = clock
            done.append("sweep")
            # Apps above notifications (which this module may not import) offer hourly jobs on their AppConfig.
            for config in apps.get_app_configs():
                for job in getattr(config, "hourly_jobs", list)():
                    job()
                    done.append(f"{config.label} {job.__name__}")
        return done


class Command(BaseCommand):
    help = (
        "Run the notifications schedule: the daily digest at 07:00 and the weekly one on Mondays at 07:00 "
        "(Europe/Warsaw), and an hourly re-send of immediate e-mails a mail-server outage held back."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="check once and exit (for cron or a test)")

    def handle(self, *args: Any, **options: Any) -> None:
        scheduler = Scheduler()
        while True:
            for what in scheduler.tick(now=timezone.now(), clock=time.monotonic()):
                self.stdout.write(f"{timezone.now():%Y-%m-%d %H:%M} enqueued {what}")
            if options["once"]:
                return
            time.sleep(TICK_SECONDS)
