"""PostgreSQL: BM25 from a postings table instead of the tsvector's GIN index (decision record 0007).

At 100,000 documents the tsvector plan spent its time counting N and the average length over the whole table,
rechecking GIN matches in the heap, and unpacking the `tf` JSON of every matched row. Now a postings table
(term, document, tf in title, tf in body, length; covering primary key) and a one-row statistics table are
kept by statement-level triggers on SearchDocument, and existing documents are copied in. SQLite keeps FTS5
(migration 0002) and gets nothing here.

The SQL is written out rather than imported, so that this migration keeps doing what it did when the engine
changes; a test checks that it still equals platforma.search.engine.backends.postgresql_*_sql().
"""

from django.db import migrations

POSTGRESQL = [
    "DROP INDEX IF EXISTS search_searchdocument_tsv_gin",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tsv",
    (
        "CREATE TABLE search_posting (term text NOT NULL, document_id bigint NOT NULL, tf_title integer "
        "NOT NULL, tf_body integer NOT NULL, length integer NOT NULL, PRIMARY KEY (term, document_id) "
        "INCLUDE (tf_title, tf_body, length))"
    ),
    "CREATE TABLE search_term (term text PRIMARY KEY, documents integer NOT NULL)",
    (
        "CREATE TABLE search_statistics (id smallint PRIMARY KEY CHECK (id = 1), documents bigint NOT "
        "NULL, total_length bigint NOT NULL)"
    ),
    (
        "INSERT INTO search_statistics (id, documents, total_length) SELECT 1, count(*), "
        "coalesce(sum(length), 0) FROM search_searchdocument"
    ),
    (
        "INSERT INTO search_posting (term, document_id, tf_title, tf_body, length) SELECT t.key, d.id, "
        "(t.value ->> 0)::integer, (t.value ->> 1)::integer, d.length FROM search_searchdocument d CROSS "
        "JOIN jsonb_each(d.tf) t"
    ),
    ("INSERT INTO search_term (term, documents) SELECT term, count(*) FROM search_posting GROUP BY term"),
    (
        "CREATE FUNCTION search_searchdocument_postings() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "        BEGIN\n"
        "            IF TG_OP IN ('DELETE', 'UPDATE') THEN\n"
        "                UPDATE search_statistics SET documents = documents - s.n, total_length = "
        "total_length - s.length\n"
        "                FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS length FROM old_rows) s "
        "WHERE id = 1;\n"
        "                UPDATE search_term t SET documents = t.documents - k.n\n"
        "                FROM (SELECT term, count(*) AS n FROM old_rows, jsonb_object_keys(tf) term "
        "GROUP BY term) k\n"
        "                WHERE t.term = k.term;\n"
        "                DELETE FROM search_posting p USING old_rows o, jsonb_object_keys(o.tf) k(term)\n"
        "                WHERE p.term = k.term AND p.document_id = o.id;\n"
        "            END IF;\n"
        "            IF TG_OP IN ('INSERT', 'UPDATE') THEN\n"
        "                UPDATE search_statistics SET documents = documents + s.n, total_length = "
        "total_length + s.length\n"
        "                FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS length FROM new_rows) s "
        "WHERE id = 1;\n"
        "                INSERT INTO search_term (term, documents)\n"
        "                SELECT term, count(*) FROM new_rows, jsonb_object_keys(tf) term GROUP BY term "
        "ORDER BY term\n"
        "                ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + "
        "excluded.documents;\n"
        "                INSERT INTO search_posting (term, document_id, tf_title, tf_body, length)\n"
        "                SELECT t.key, n.id, (t.value ->> 0)::integer, (t.value ->> 1)::integer, "
        "n.length\n"
        "                FROM new_rows n CROSS JOIN jsonb_each(n.tf) t;\n"
        "            END IF;\n"
        "            RETURN NULL;\n"
        "        END\n"
        "    $$"
    ),
    (
        "CREATE FUNCTION search_searchdocument_postings_truncate() RETURNS trigger LANGUAGE plpgsql AS "
        "$$\n"
        "        BEGIN\n"
        "            TRUNCATE search_posting, search_term;\n"
        "            UPDATE search_statistics SET documents = 0, total_length = 0;\n"
        "            RETURN NULL;\n"
        "        END\n"
        "    $$"
    ),
    (
        "CREATE TRIGGER search_searchdocument_postings_ai AFTER INSERT ON search_searchdocument "
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
        "search_searchdocument_postings()"
    ),
    (
        "CREATE TRIGGER search_searchdocument_postings_ad AFTER DELETE ON search_searchdocument "
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "
        "search_searchdocument_postings()"
    ),
    (
        "CREATE TRIGGER search_searchdocument_postings_au AFTER UPDATE ON search_searchdocument "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
        "search_searchdocument_postings()"
    ),
    (
        "CREATE TRIGGER search_searchdocument_postings_at AFTER TRUNCATE ON search_searchdocument FOR "
        "EACH STATEMENT EXECUTE FUNCTION search_searchdocument_postings_truncate()"
    ),
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS search_searchdocument_postings_at ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_searchdocument_postings_au ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_searchdocument_postings_ad ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_searchdocument_postings_ai ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_searchdocument_postings_truncate()",
    "DROP FUNCTION IF EXISTS search_searchdocument_postings()",
    "DROP TABLE IF EXISTS search_statistics",
    "DROP TABLE IF EXISTS search_term",
    "DROP TABLE IF EXISTS search_posting",
    (
        "ALTER TABLE search_searchdocument ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple'::regconfig, terms_title || ' ' || terms_body)) STORED"
    ),
    "CREATE INDEX search_searchdocument_tsv_gin ON search_searchdocument USING gin (tsv)",
]


def create_postings(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL:
            schema_editor.execute(statement, params=None)


def drop_postings(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL_REVERSE:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(create_postings, drop_postings)]
