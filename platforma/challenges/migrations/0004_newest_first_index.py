from django.db import migrations, models

# The challenge list is ordered "published_at DESC NULLS LAST, id DESC". PostgreSQL needs an index declared in
# exactly that order; SQLite cannot declare NULLS LAST in an index, but scans a plain (published_at, id) index
# backwards for that order (NULLs are smallest in SQLite). So the index differs per engine and is not in Meta.
INDEX_NAME = "challenge_newest_first"
TABLE = "challenges_challenge"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        columns = "published_at DESC NULLS LAST, id DESC"
    else:
        columns = "published_at, id"
    schema_editor.execute(f"CREATE INDEX {INDEX_NAME} ON {TABLE} ({columns})")


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("challenges", "0003_proposal_author_survives_account_deletion"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="challenge",
            options={
                "ordering": [models.OrderBy(models.F("published_at"), descending=True, nulls_last=True), "-pk"],
                "verbose_name": "wyzwanie",
                "verbose_name_plural": "wyzwania",
            },
        ),
        migrations.RunPython(create_index, drop_index),
    ]
