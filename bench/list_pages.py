"""Server time of the organisation directory and the challenge list on a large database.

    .venv/bin/python bench/list_pages.py [--database-url URL] [--orgs 10000] [--challenges 100000] [--requests 50]

Builds a throwaway database (an SQLite file under var/bench/, deleted first; or, with
--database-url postgres://postgres@127.0.0.1:5432/platforma_bench, a PostgreSQL database that is dropped
and created again), migrates it, fills it with bulk inserts and then times GET requests through Django's
test client: the whole middleware stack, view, queries and template rendering, without a network or a
web server. Each page is requested a few times to warm up, then --requests times with a clock around
client.get; the number of SQL queries comes from one further request under CaptureQueriesContext, so
that recording the queries does not weigh on the timings. DEBUG is switched off for the measurement
(--debug keeps it on). See bench/README.md for the figures.
"""

import argparse
import logging
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_SQLITE = ROOT / "var" / "bench" / "bench.sqlite3"
PASSWORD = "bench-haslo-2026"  # noqa: S105 - a throwaway database
WARM_UP = 3
PER_PAGE = 20
DEEP_PAGE = 200

# (town, latitude, longitude, weight): the cluster's towns, the bigger ones more often.
TOWNS = [
    ("Katowice", 50.2649, 19.0238, 14),
    ("Gliwice", 50.2945, 18.6714, 10),
    ("Bytom", 50.3484, 18.9157, 9),
    ("Zabrze", 50.3249, 18.7857, 9),
    ("Chorzów", 50.2975, 18.9545, 7),
    ("Sosnowiec", 50.2863, 19.1041, 8),
    ("Ruda Śląska", 50.2558, 18.8556, 6),
    ("Piekary Śląskie", 50.3844, 18.9386, 5),
    ("Tarnowskie Góry", 50.4449, 18.8573, 5),
    ("Świętochłowice", 50.2963, 18.9172, 3),
    ("Siemianowice Śląskie", 50.3266, 19.0294, 4),
    ("Mysłowice", 50.2081, 19.1660, 4),
    ("Rybnik", 50.1022, 18.5463, 6),
    ("Jaworzno", 50.2050, 19.2749, 4),
    ("Dąbrowa Górnicza", 50.3217, 19.1949, 6),
    ("Radzionków", 50.3999, 18.8936, 2),
]
PREFIXES = ["Eko", "Geo", "Hydro", "Terra", "Silesia", "Bio", "Termo", "Aqua", "Enviro", "Czysta", "Zielona", "Karb"]
CORES = ["tech", "sfera", "dren", "sens", "remed", "grunt", "wod", "lab", "serwis", "projekt", "hałd", "filtr"]
FIELDS = ["Inżynierii Środowiska", "Gleboznawstwa", "Hydrogeologii", "Ochrony Powietrza", "Gospodarki Odpadami"]
PROBLEMS = [
    "Kadm i ołów w glebach ogrodów działkowych",
    "Samozapalenie hałdy pogórniczej",
    "Wypływ zasolonych wód kopalnianych do rzeki",
    "Niska emisja z kotłów węglowych w starej zabudowie",
    "Zapadliska nad płytkimi wyrobiskami",
    "Odcieki ze starego składowiska odpadów",
    "Teren pohutniczy do rewitalizacji",
    "Pylenie z nieporośniętych skarp osadnika",
    "Zanieczyszczenie wód podziemnych węglowodorami",
    "Azbest na dachach budynków komunalnych",
    "Podtopienia w niecce osiadań górniczych",
    "Staw osadowy po dawnej koksowni",
]
DESCRIPTION = (
    "Problem dotyczy terenu o powierzchni **{area} ha**. Badania z {year} r. wykazały przekroczenia wartości "
    "dopuszczalnych, a mieszkańcy coraz częściej zgłaszają uciążliwości.\n\n"
    "Szukamy partnera, który pomoże rozpoznać skalę zjawiska, zaproponuje technologię i oszacuje koszty "
    "pilotażu. Możemy udostępnić teren, dane archiwalne i wkład własny."
)
ORG_TYPES = ["company"] * 6 + ["rnd", "university", "local_government", "ngo", "business_support"]
# status, weight
CHALLENGE_STATUSES = [("open", 45), ("in_progress", 15), ("solved", 15), ("archived", 10), ("draft", 15)]
VISIBILITIES = [("public", 70), ("members", 20), ("restricted", 10)]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=f"sqlite:///{DEFAULT_SQLITE}", help="a throwaway database")
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--challenges", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page and viewer")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--debug", action="store_true", help="measure with DEBUG on (development settings)")
    parser.add_argument("--slowest", type=int, default=0, metavar="N", help="also print each page's N slowest queries")
    return parser.parse_args()


# --- the throwaway database -------------------------------------------------------------------------


def _is_postgres(url: str) -> bool:
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql"}


def _maintenance_conninfo(url: str) -> tuple[str, str]:
    """The same server's `postgres` database (to drop and create from), and the bench database's name."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        # This database is dropped: refuse anything that does not look like a throwaway one.
        sys.exit(f"Refusing to drop database {name!r}: its name must contain 'bench'.")
    maintenance = urlunsplit((parts.scheme.replace("pgsql", "postgresql"), parts.netloc, "/postgres", "", ""))
    return maintenance, name


def _postgres(url: str, *, create: bool) -> None:
    import psycopg
    from psycopg import sql

    maintenance, name = _maintenance_conninfo(url)
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if create:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _sqlite_path(url: str) -> Path:
    path = Path(urlsplit(url).path)
    if urlsplit(url).netloc:  # sqlite://relative/path
        path = Path(urlsplit(url).netloc) / path.relative_to("/")
    return path


def recreate_database(url: str) -> None:
    if _is_postgres(url):
        _postgres(url, create=True)
        return
    path = _sqlite_path(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def drop_database(url: str) -> None:
    if _is_postgres(url):
        _postgres(url, create=False)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{_sqlite_path(url)}{suffix}").unlink(missing_ok=True)


# --- filling it ---------------------------------------------------------------------------------------


def _chunks(total: int, size: int) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(start + size, total))


def _weighted(rng: random.Random, pairs: list[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in pairs], weights=[weight for _, weight in pairs])[0]


def _organisation_name(rng: random.Random, kind: str, town: str, index: int) -> str:
    brand = rng.choice(PREFIXES) + rng.choice(CORES)
    return {
        "company": f"{brand} {rng.choice(['Sp. z o.o.', 'S.A.', 's.c.'])}",
        "rnd": f"Instytut {rng.choice(FIELDS)} {brand}",
        "university": f"Katedra {rng.choice(FIELDS)} – Uczelnia {brand}",
        "local_government": f"Gmina {town} – jednostka nr {index}",
        "ngo": f"{rng.choice(['Fundacja', 'Stowarzyszenie'])} {brand}",
        "business_support": f"Inkubator Technologii {brand}",
    }[kind]


def _near(value: float, rng: random.Random) -> Decimal:
    return Decimal(str(round(value + rng.uniform(-0.02, 0.02), 5)))


def fill(*, orgs: int, challenges: int, rng: random.Random) -> dict[str, Any]:
    """Bulk-inserts the data; returns the bench member user and the row counts."""
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from platforma.accounts.models import User
    from platforma.challenges.models import Challenge, ChallengeSupport, Proposal
    from platforma.organisations.models import Organisation, OrganisationMembership, OrganisationRole
    from platforma.organisations.validators import slug_base
    from platforma.taxonomy.models import Competence

    competence_ids = list(Competence.objects.values_list("pk", flat=True))
    if not competence_ids:
        sys.exit("The competence tree is missing: the taxonomy data migration did not run.")
    now = timezone.now()
    towns = [(town, lat, lon) for town, lat, lon, _ in TOWNS]
    town_weights = [weight for *_, weight in TOWNS]
    town_by_name = {town[0]: town for town in towns}
    counts: dict[str, int] = {}

    with transaction.atomic():
        organisation_rows = []
        for index in range(orgs):
            town, lat, lon = rng.choices(towns, weights=town_weights)[0]
            kind = rng.choice(ORG_TYPES)
            name = _organisation_name(rng, kind, town, index)
            # The first organisation is the bench member's: it must be a member.
            status = (
                "member"
                if index == 0
                else _weighted(rng, [("member", 94), ("applicant", 3), ("suspended", 2), ("former", 1)])
            )
            organisation_rows.append(
                Organisation(
                    name=name,
                    slug=f"{slug_base(name, max_length=100)}-{index}",
                    type=kind,
                    city=town,
                    street=f"ul. Przemysłowa {rng.randint(1, 120)}",
                    postal_code="41-940",
                    latitude=_near(lat, rng),
                    longitude=_near(lon, rng),
                    website=f"https://www.org{index}.example",
                    email=f"biuro@org{index}.example",
                    description="Firma zajmuje się technologiami środowiskowymi na Śląsku. **Działamy od lat.**",
                    offers="- Badania i doradztwo.\n- Pilotaże na terenach poprzemysłowych.",
                    needs="- Partnerzy do wspólnych projektów.",
                    cluster_status=status,
                    member_since=date(rng.randint(2012, 2025), 1, 1) if status != "applicant" else None,
                    applied_at=now - timedelta(days=rng.randint(1, 60)) if status == "applicant" else None,
                )
            )
        organisations = Organisation.objects.bulk_create(organisation_rows, batch_size=2000)
        through = Organisation.competences.through
        through.objects.bulk_create(
            (
                through(organisation_id=organisation.pk, competence_id=competence_id)
                for organisation in organisations
                for competence_id in rng.sample(competence_ids, rng.randint(1, 4))
            ),
            batch_size=5000,
        )
        counts["organisation competences"] = through.objects.count()

        password = make_password(PASSWORD)
        users = User.objects.bulk_create(
            (
                User(
                    email=f"admin{index}@org{index}.example",
                    first_name="Jan",
                    last_name=f"Admin {index}",
                    password=password,
                )
                for index in range(orgs)
            ),
            batch_size=2000,
        )
        OrganisationMembership.objects.bulk_create(
            (
                OrganisationMembership(organisation=organisation, user=user, role=OrganisationRole.ADMIN)
                for organisation, user in zip(organisations, users, strict=True)
            ),
            batch_size=2000,
        )
        members = [(o, u) for o, u in zip(organisations, users, strict=True) if o.cluster_status == "member"]
        member_org_ids = [o.pk for o, _ in members]
        bench_organisation, bench_member = organisations[0], users[0]

        competences_through = Challenge.competences.through
        shared_through = Challenge.visible_to.through
        challenge_ids: list[int] = []
        for chunk in _chunks(challenges, 10_000):
            rows = []
            for _ in chunk:
                organisation, author = rng.choice(members)
                status = _weighted(rng, CHALLENGE_STATUSES)
                # Most problems are in the reporting organisation's own town.
                town, lat, lon = (
                    town_by_name[organisation.city]
                    if rng.random() < 0.8
                    else rng.choices(towns, weights=town_weights)[0]
                )
                rows.append(
                    Challenge(
                        title=f"{rng.choice(PROBLEMS)} ({town})",
                        description=DESCRIPTION.format(area=rng.randint(1, 90), year=rng.randint(2015, 2025)),
                        organisation=organisation,
                        author=author,
                        city=town,
                        latitude=_near(lat, rng),
                        longitude=_near(lon, rng),
                        visibility=_weighted(rng, VISIBILITIES),
                        status=status,
                        published_at=None if status == "draft" else now - timedelta(days=rng.uniform(0, 5 * 365)),
                        is_hidden=rng.random() < 0.005,
                    )
                )
            created = Challenge.objects.bulk_create(rows, batch_size=2000)
            challenge_ids += [challenge.pk for challenge in created]
            competences_through.objects.bulk_create(
                (
                    competences_through(challenge_id=challenge.pk, competence_id=competence_id)
                    for challenge in created
                    for competence_id in rng.sample(competence_ids, rng.randint(1, 4))
                ),
                batch_size=5000,
            )
            shared_rows = []
            for challenge in created:
                if challenge.visibility != "restricted":
                    continue
                audience = set(rng.sample(member_org_ids, min(3, len(member_org_ids))))
                if rng.random() < 0.05:  # the bench member's organisation sees some restricted challenges
                    audience.add(bench_organisation.pk)
                audience.discard(challenge.organisation_id)
                shared_rows += [shared_through(challenge_id=challenge.pk, organisation_id=pk) for pk in audience]
            shared_through.objects.bulk_create(shared_rows, batch_size=5000)

        pairs = {(rng.choice(challenge_ids), rng.choice(members)) for _ in range(max(challenges // 50, 10))}
        ChallengeSupport.objects.bulk_create(
            (
                ChallengeSupport(challenge_id=challenge_id, organisation=org, user=user, note="U nas też.")
                for challenge_id, (org, user) in pairs
            ),
            batch_size=2000,
            ignore_conflicts=True,
        )
        Proposal.objects.bulk_create(
            (
                Proposal(
                    challenge_id=rng.choice(challenge_ids),
                    author=user,
                    organisation=org,
                    title="Propozycja pilotażu",
                    description="Proponujemy pilotaż na fragmencie terenu. Koszt oszacujemy po wizji lokalnej.",
                )
                for org, user in (rng.choice(members) for _ in range(max(challenges // 50, 10)))
            ),
            batch_size=2000,
        )
    counts |= {
        "organisations": len(organisations),
        "listed organisations": Organisation.objects.listed().count(),
        "challenges": len(challenge_ids),
        "challenge competences": competences_through.objects.count(),
        "restricted shares": shared_through.objects.count(),
        "supports": ChallengeSupport.objects.count(),
        "proposals": Proposal.objects.count(),
    }
    return {"member": bench_member, "counts": counts}


def analyse() -> None:
    """Planner statistics, as a production database would have them after autovacuum."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


# --- measuring ----------------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def deepest_page(client: Any, path: str) -> int:
    """DEEP_PAGE, or the deepest of a few smaller pages that exists at a small scale."""
    request_log = logging.getLogger("django.request")
    level = request_log.level
    request_log.setLevel(logging.ERROR)  # the probes' 404s are expected
    try:
        for number in (DEEP_PAGE, 100, 50, 20, 10, 5, 2):
            if client.get(f"{path}?page={number}").status_code == 200:
                return number
        return 1
    finally:
        request_log.setLevel(level)


def measure(client: Any, path: str, *, requests: int) -> tuple[float, float, list[dict[str, str]]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARM_UP):
        response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"GET {path} answered {response.status_code}")
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return statistics.median(timings), percentile(timings, 0.95), queries.captured_queries


def print_slowest(captured: list[tuple[str, str, list[dict[str, str]]]], count: int) -> None:
    """The queries behind the figures, slowest first (times from one request, in ms)."""
    for path, viewer, queries in captured:
        print(f"\n{path} ({viewer}):")
        for query in sorted(queries, key=lambda q: float(q["time"]), reverse=True)[:count]:
            print(f"  {float(query['time']) * 1000:7.1f}  {' '.join(query['sql'].split())[:400]}")


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
        # Also after a failed fill: the database is a throwaway either way.
        connections.close_all()
        if not args.keep:
            drop_database(args.database_url)


def run(args: argparse.Namespace) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    rng = random.Random(2026)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter()
    filled = fill(orgs=args.orgs, challenges=args.challenges, rng=rng)
    analyse()
    done = time.perf_counter()
    version = connection.pg_version if connection.vendor == "postgresql" else connection.Database.sqlite_version
    print(f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    print(f"Database: {connection.vendor} {version}; migrate {migrated - started:.1f} s, fill {done - migrated:.1f} s")
    print("Rows: " + ", ".join(f"{name} {count}" for name, count in filled["counts"].items()))

    anonymous, member = Client(), Client()
    member.force_login(filled["member"])
    viewers = [("anonymous", anonymous), ("member", member)]
    pages = []
    for base in ("/organizacje/", "/wyzwania/"):
        pages += [base, f"{base}?city=Bytom", f"{base}?competence=remediacja-gleb"]
        pages.append(f"{base}?page={min(deepest_page(client, base) for _, client in viewers)}")

    print(f"\n{args.requests} timed requests per row after {WARM_UP} warm-up requests; times in ms.\n")
    print("| page | viewer | median | p95 | queries |")
    print("|---|---|---:|---:|---:|")
    captured = []
    with override_settings(DEBUG=args.debug):
        for path in pages:
            for viewer, client in viewers:
                median, p95, queries = measure(client, path, requests=args.requests)
                print(f"| `{path}` | {viewer} | {median:.1f} | {p95:.1f} | {len(queries)} |", flush=True)
                captured.append((path, viewer, queries))
    if args.slowest:
        print_slowest(captured, args.slowest)


if __name__ == "__main__":
    main()
