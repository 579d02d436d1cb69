"""On PostgreSQL, the database itself refuses two approved bookings of one resource on overlapping days.

The booking service already checks for overlaps while it holds a lock on the resource row; this exclusion
constraint is the second line of defence, for writes that bypass the service (the admin, a shell, a bug).
It needs the btree_gist extension (an equality on the resource id inside a GiST index), which only a
superuser can create. Where the extension cannot be created, the migration leaves the constraint out and
says so: the locked check in services.booking_approve still holds. SQLite has no exclusion constraints;
there IMMEDIATE transactions serialise writers, so the locked check is enough.

The constraint is not declared in Booking.Meta because SQLite could not create it; makemigrations therefore
does not know about it, and this migration is its only definition.
"""

import sys

from django.db import DatabaseError, migrations, transaction

CONSTRAINT_NAME = "booking_no_overlapping_approved"


def _constraint():
    # Imported here: django.contrib.postgres needs psycopg, which a SQLite-only setup may lack.
    from django.contrib.postgres.constraints import ExclusionConstraint
    from django.contrib.postgres.fields import DateRangeField, RangeOperators
    from django.db.models import F, Func, Q, Value

    class DateRange(Func):
        function = "DATERANGE"
        output_field = DateRangeField()

    return ExclusionConstraint(
        name=CONSTRAINT_NAME,
        index_type="GIST",
        expressions=[
            ("resource", RangeOperators.EQUAL),
            # '[]': both the first and the last day belong to the booking.
            (DateRange(F("starts_on"), F("ends_on"), Value("[]")), RangeOperators.OVERLAPS),
        ],
        condition=Q(status="approved"),
    )


def add_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    except DatabaseError as error:
        sys.stderr.write(
            f"\nresources: btree_gist could not be created ({error}); approved bookings are kept apart by the "
            "locked check in the booking service only.\n"
        )
        return
    schema_editor.add_constraint(apps.get_model("resources", "Booking"), _constraint())


def remove_constraint(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f'ALTER TABLE "resources_booking" DROP CONSTRAINT IF EXISTS "{CONSTRAINT_NAME}"')


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]

    operations = [migrations.RunPython(add_constraint, remove_constraint, elidable=False)]
