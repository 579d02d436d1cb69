"""The full-text index beside SearchDocument, for the database in use.

SQLite: an FTS5 table over the analysed terms, fed by triggers. PostgreSQL: a generated tsvector column of the
same terms ('simple' configuration: no dictionary, the terms stay as analysed) with a GIN index. Other
databases get nothing, and search says so when used.

The SQL is written out here rather than imported, so that this migration keeps doing what it did when the
engine changes; a test checks that it still equals platforma.search.engine.backends' *_schema_sql().
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_searchdocument_fts USING fts5(terms_title, terms_body, "
    "content='search_searchdocument', content_rowid='id', tokenize=\"unicode61 remove_diacritics 0 tokenchars '.'\")",
    "CREATE TRIGGER search_searchdocument_ai AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_searchdocument_fts(rowid, terms_title, terms_body) "
    "VALUES (new.id, new.terms_title, new.terms_body); END",
    "CREATE TRIGGER search_searchdocument_ad AFTER DELETE ON search_searchdocument BEGIN "
    "INSERT INTO search_searchdocument_fts(search_searchdocument_fts, rowid, terms_title, terms_body) "
    "VALUES ('delete', old.id, old.terms_title, old.terms_body); END",
    "CREATE TRIGGER search_searchdocument_au AFTER UPDATE OF terms_title, terms_body ON search_searchdocument BEGIN "
    "INSERT INTO search_searchdocument_fts(search_searchdocument_fts, rowid, terms_title, terms_body) "
    "VALUES ('delete', old.id, old.terms_title, old.terms_body); "
    "INSERT INTO search_searchdocument_fts(rowid, terms_title, terms_body) "
    "VALUES (new.id, new.terms_title, new.terms_body); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_searchdocument_au",
    "DROP TRIGGER IF EXISTS search_searchdocument_ad",
    "DROP TRIGGER IF EXISTS search_searchdocument_ai",
    "DROP TABLE IF EXISTS search_searchdocument_fts",
]
POSTGRESQL = [
    "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, terms_title || ' ' || terms_body)) STORED",
    "CREATE INDEX search_searchdocument_tsv_gin ON search_searchdocument USING gin (tsv)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_searchdocument_tsv_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv",
]

FORWARD = {"sqlite": SQLITE, "postgresql": POSTGRESQL}
BACKWARD = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}


def create_index(apps, schema_editor):
    for statement in FORWARD.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement, params=None)


def drop_index(apps, schema_editor):
    for statement in BACKWARD.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
