"""How long the weekly digest takes for a few thousand people.

    .venv/bin/python bench/digest.py [--database-url URL] [--people 5000] [--keep]

Builds a throwaway database (an SQLite file under var/bench/, deleted first; or, with
--database-url postgres://postgres@127.0.0.1:5432/platforma_bench, a PostgreSQL database that is dropped
and created again), migrates it and fills it with bulk inserts: --people people, 60 organisations (one in
ten still applying to the cluster, so confidential), 200 activities about them, and 3–12 pending weekly
notifications per person, some about the confidential ones; one person in twenty has turned digests off.

Then it times the two halves of a digest run as a worker would do them, with Django's in-memory mail
backend (so the figures are ours, not a mail server's):

1. `digest_run_start`: choosing the people and enqueuing the batches (the dummy task backend records them);
2. every `send_digest_batch`, one after another in this process: loading each batch's notifications,
   checking visibility per person at send time, rendering and "sending" one e-mail each, marking them.

See bench/README.md for the figures.
"""

import argparse
import os
import platform
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from list_pages import drop_database, recreate_database  # noqa: E402 - the same throwaway databases

DEFAULT_SQLITE = ROOT / "var" / "bench" / "digest.sqlite3"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=f"sqlite:///{DEFAULT_SQLITE}", help="a throwaway database")
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def fill(*, people: int, rng: random.Random) -> dict[str, int]:
    from django.contrib.auth.hashers import make_password
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from platforma.accounts.models import User
    from platforma.community.notifications.kinds import Delivery
    from platforma.community.notifications.models import Activity, Notification, NotificationSettings
    from platforma.organisations.models import ClusterStatus, Organisation

    now = timezone.now()
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Ekoprzedsiębiorstwo {i} sp. z o.o.",
            slug=f"eko-{i}",
            city="Bytom",
            postal_code="41-900",
            cluster_status=ClusterStatus.APPLICANT if i % 10 == 0 else ClusterStatus.MEMBER,
        )
        for i in range(60)
    )
    organisations = list(Organisation.objects.order_by("pk"))
    no_password = make_password(None)
    User.objects.bulk_create(
        User(email=f"osoba{i}@bench.example", first_name="Osoba", last_name=f"Nr {i}", password=no_password)
        for i in range(people)
    )
    user_ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(Organisation)
    verbs = ["organisation.new_follower"]
    Activity.objects.bulk_create(
        Activity(
            verb=rng.choice(verbs),
            actor_id=rng.choice(user_ids),
            target_type=content_type,
            target_id=rng.choice(organisations).pk,
            summary="zmiana",
            created_at=now - timedelta(hours=rng.randint(1, 160)),
        )
        for _ in range(200)
    )
    activities = list(Activity.objects.order_by("pk"))
    notifications = [
        Notification(recipient_id=user_id, activity=activity, delivery=Delivery.WEEKLY, created_at=activity.created_at)
        for user_id in user_ids
        for activity in rng.sample(activities, rng.randint(3, 12))
    ]
    Notification.objects.bulk_create(notifications, batch_size=2_000)
    NotificationSettings.objects.bulk_create(
        NotificationSettings(user_id=user_id, digests_enabled=False) for user_id in user_ids[::20]
    )
    return {"people": people, "organisations": len(organisations), "notifications": len(notifications)}


def run(args: argparse.Namespace) -> None:
    from django.core import mail
    from django.core.management import call_command
    from django.db import connection
    from django.tasks import default_task_backend
    from django.test.utils import CaptureQueriesContext, override_settings

    from platforma.community.notifications import mailing, tasks
    from platforma.community.notifications.models import Notification

    rng = random.Random(2026)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter()
    counts = fill(people=args.people, rng=rng)
    filled = time.perf_counter()
    version = connection.pg_version if connection.vendor == "postgresql" else connection.Database.sqlite_version
    print(f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    print(
        f"Database: {connection.vendor} {version}; migrate {migrated - started:.1f} s, fill {filled - migrated:.1f} s"
    )
    print("Rows: " + ", ".join(f"{name} {count}" for name, count in counts.items()))

    with override_settings(
        TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}},
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},
        DEBUG=False,
    ):
        mail.outbox = []
        t0 = time.perf_counter()
        run_row = mailing.digest_run_start(period="weekly")
        t1 = time.perf_counter()
        batches = list(default_task_backend.results)
        batch_times = []
        queries = 0
        for index, result in enumerate(batches):
            b0 = time.perf_counter()
            if index == 0:
                with CaptureQueriesContext(connection) as captured:
                    tasks.send_digest_batch.call(*result.args, **result.kwargs)
                queries = len(captured.captured_queries)
            else:
                tasks.send_digest_batch.call(*result.args, **result.kwargs)
            batch_times.append(time.perf_counter() - b0)
        t2 = time.perf_counter()

    sent = len(mail.outbox)
    left = Notification.objects.filter(emailed_at__isnull=True).count()
    print(f"\nPeople chosen: {run_row.recipients} in {len(batches)} batches; start (choose + enqueue) {t1 - t0:.2f} s")
    print(
        f"Batches: total {t2 - t1:.1f} s, median {statistics.median(batch_times):.2f} s, "
        f"slowest {max(batch_times):.2f} s; {queries} SQL queries in the first batch of {mailing.BATCH_SIZE}"
    )
    print(f"E-mails: {sent} ({sent / (t2 - t1):.0f}/s); notifications left pending {left} (confidential or opted out)")
    print(f"Whole run: {t2 - t0:.1f} s")


def main() -> None:
    args = parse_args()
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
        if not args.keep:
            drop_database(args.database_url)


if __name__ == "__main__":
    main()
