"""Full-text candidates from the database: SQLite FTS5, or a postings table on PostgreSQL.

Both index the same analysed terms and both score with Okapi BM25 as FTS5 defines it: for each distinct
query term t in document D,

    idf(t) * f * (k1 + 1) / (f + k1 * (1 - b + b * |D| / avgdl)),   f = w_title * tf_title + w_body * tf_body,
    idf(t) = ln((N - n(t) + 0.5) / (n(t) + 0.5)), at least 1e-6,

with |D| the number of terms in title and body, avgdl its average and n(t) the number of documents with t.
FTS5 computes this itself (`bm25()`); on PostgreSQL the same formula is written in SQL over postings, term
counts and a statistics row that triggers keep in step with the documents (migration 0003), so the two
engines give the same scores, not merely similar ones. The queries are OR of the terms.

The functions take a Django database connection (anything with `.vendor` and `.cursor()`), so the site's
database and the temporary database of `evaluate_search` go through exactly the same code.
"""

from collections.abc import Sequence
from typing import Any, Protocol

from . import ranking
from .ranking import BODY_WEIGHT, K1, TITLE_WEIGHT, B, select_terms

DOCUMENT_TABLE = "search_searchdocument"
FTS_TABLE = "search_searchdocument_fts"
TSV_INDEX = "search_searchdocument_tsv_gin"
POSTING_TABLE = "search_posting"
STATISTICS_TABLE = "search_statistics"
TERM_TABLE = "search_term"


class FullTextBackend(Protocol):
    vendor: str
    # Whether rows must carry the `tf` column (PostgreSQL scores from it; FTS5 keeps its own counts).
    needs_tf: bool

    def candidates(self, connection: Any, terms: Sequence[str], *, limit: int) -> list[tuple[int, float]]: ...


def _fts5_phrase(term: str) -> str:
    # A quoted FTS5 string, so that words such as "or", "near" or "pm2.5" are just terms.
    return '"' + term.replace('"', '""') + '"'


class SqliteFts5:
    vendor = "sqlite"
    needs_tf = False

    def frequencies(self, connection: Any, terms: Sequence[str], *, cap: int) -> list[int]:
        """Documents containing each term, counted up to `cap` (so a very common term costs little)."""
        one = f"SELECT %s, count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT %s)"  # noqa: S608
        params: list[Any] = []
        for index, term in enumerate(terms):
            params += [index, _fts5_phrase(term), cap]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join([one] * len(terms)), params)
            counts = dict(cursor.fetchall())
        return [int(counts.get(index, 0)) for index in range(len(terms))]

    def candidates(self, connection: Any, terms: Sequence[str], *, limit: int) -> list[tuple[int, float]]:
        if not terms:
            return []
        kept = select_terms(
            terms, self.frequencies(connection, terms, cap=ranking.SCORING_BUDGET + 1), budget=ranking.SCORING_BUDGET
        )
        if not kept:
            return []
        # The inner query walks the matches newest first and stops after SCAN_LIMIT; bm25() still uses the
        # whole index's statistics.
        sql = (
            f"SELECT rowid, score FROM (SELECT rowid, -bm25({FTS_TABLE}, %s, %s) AS score "  # noqa: S608
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s ORDER BY rowid DESC LIMIT %s) "
            "ORDER BY score DESC, rowid LIMIT %s"
        )
        match = " OR ".join(_fts5_phrase(term) for term in kept)
        with connection.cursor() as cursor:
            cursor.execute(sql, [TITLE_WEIGHT, BODY_WEIGHT, match, ranking.SCAN_LIMIT, limit])
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]


class PostgresPostings:
    """BM25 from a postings table (term, document, tf in title, tf in body, length) and a statistics row.

    Both are kept by triggers on the document table (migration 0003), so every path that writes documents feeds
    them. A query reads only the postings of its terms, newest first, through the covering primary key: no
    document row, no JSON, no count over the table. Measured at 100,000 documents in decision record 0007.
    """

    vendor = "postgresql"
    needs_tf = True

    # n(t) for each term, kept by the triggers (0 for a term found nowhere).
    FREQUENCIES = f"""
        SELECT t.i, coalesce(c.documents, 0)
        FROM unnest(%(terms)s::text[]) WITH ORDINALITY AS t(term, i) LEFT JOIN {TERM_TABLE} c ON c.term = t.term
    """  # noqa: S608 - the table name is a constant; every value is a parameter

    # Each term's postings are read newest first and cut at SCAN_LIMIT. The newest SCAN_LIMIT documents that
    # contain any term — the set FTS5 ranks with `ORDER BY rowid DESC LIMIT` — are all among them, because no
    # more than SCAN_LIMIT documents of a term are newer than one of those. When the terms' postings add up to
    # more than SCAN_LIMIT, {newest} keeps only those documents.
    _SQL = f"""
        WITH stats AS (
            SELECT documents::float8 AS n,
                   CASE WHEN documents > 0 THEN total_length::float8 / documents ELSE 1 END AS avgdl
            FROM {STATISTICS_TABLE} WHERE id = 1
        ),
        hits AS (
            SELECT greatest(ln((stats.n - t.hits + 0.5) / (t.hits + 0.5)), 1e-6) AS idf, p.document_id, p.length,
                   p.tf_title * %(title)s::float8 + p.tf_body * %(body)s::float8 AS f
            FROM unnest(%(terms)s::text[], %(hits)s::float8[]) AS t(term, hits) CROSS JOIN stats
            CROSS JOIN LATERAL (
                SELECT document_id, tf_title, tf_body, length FROM {POSTING_TABLE} p
                WHERE p.term = t.term ORDER BY p.document_id DESC LIMIT %(scan)s
            ) p
        )
        SELECT hits.document_id,
               sum(hits.idf * hits.f * (%(k1)s::float8 + 1)
                   / (hits.f + %(k1)s::float8 * (1 - %(b)s::float8 + %(b)s::float8 * hits.length / stats.avgdl)))
                   AS score
        FROM hits CROSS JOIN stats
        WHERE hits.f > 0 {{newest}}
        GROUP BY hits.document_id
        ORDER BY score DESC, hits.document_id
        LIMIT %(limit)s
    """  # noqa: S608 - table names are constants; every value is a parameter
    SQL = _SQL.format(newest="")
    SQL_NEWEST = _SQL.format(
        newest="""AND hits.document_id >= (
            SELECT min(document_id)
            FROM (SELECT DISTINCT document_id FROM hits ORDER BY document_id DESC LIMIT %(scan)s) newest
        )"""
    )

    def frequencies(self, connection: Any, terms: Sequence[str]) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(self.FREQUENCIES, {"terms": list(terms)})
            counts = {int(index): int(count) for index, count in cursor.fetchall()}
        return [counts.get(index + 1, 0) for index in range(len(terms))]

    def candidates(self, connection: Any, terms: Sequence[str], *, limit: int) -> list[tuple[int, float]]:
        terms = list(dict.fromkeys(terms))  # a repeated term counts once, as in FTS5's OR of phrases
        if not terms:
            return []
        counted = dict(zip(terms, self.frequencies(connection, terms), strict=True))
        kept = select_terms(terms, [counted[term] for term in terms], budget=ranking.SCORING_BUDGET)
        if not kept:
            return []
        hits = [counted[term] for term in kept]
        params = {
            "terms": kept,
            "hits": hits,
            "k1": K1,
            "b": B,
            "title": TITLE_WEIGHT,
            "body": BODY_WEIGHT,
            "scan": ranking.SCAN_LIMIT,
            "limit": limit,
        }
        sql = self.SQL_NEWEST if sum(hits) > ranking.SCAN_LIMIT else self.SQL
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]


BACKENDS: dict[str, FullTextBackend] = {"sqlite": SqliteFts5(), "postgresql": PostgresPostings()}


def backend_for(connection: Any) -> FullTextBackend:
    try:
        return BACKENDS[connection.vendor]
    except KeyError:
        raise NotImplementedError(f"Search supports SQLite and PostgreSQL, not {connection.vendor}.") from None


# --- schema, used by migration 0002 (and checked against it by a test) ---------------------------------------

# unicode61 splits on everything but letters and digits; "." is added so that terms such as "pm2.5" and "12.5"
# stay one token, as PostgreSQL's parser keeps them, and both engines count the same document length.
FTS5_TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '.'"


def sqlite_schema_sql() -> list[str]:
    """An external-content FTS5 table over the document table, and triggers that keep it in step."""
    # Table names are module constants; there is nothing to inject.
    insert = (
        f"INSERT INTO {FTS_TABLE}(rowid, terms_title, terms_body) "  # noqa: S608
        "VALUES (new.id, new.terms_title, new.terms_body);"
    )
    delete = (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, terms_title, terms_body) "  # noqa: S608
        "VALUES ('delete', old.id, old.terms_title, old.terms_body);"
    )
    return [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(terms_title, terms_body, content='{DOCUMENT_TABLE}', "
        f"content_rowid='id', tokenize=\"{FTS5_TOKENIZE}\")",
        f"CREATE TRIGGER {DOCUMENT_TABLE}_ai AFTER INSERT ON {DOCUMENT_TABLE} BEGIN {insert} END",
        f"CREATE TRIGGER {DOCUMENT_TABLE}_ad AFTER DELETE ON {DOCUMENT_TABLE} BEGIN {delete} END",
        f"CREATE TRIGGER {DOCUMENT_TABLE}_au AFTER UPDATE OF terms_title, terms_body ON {DOCUMENT_TABLE} "
        f"BEGIN {delete} {insert} END",
    ]


def sqlite_drop_sql() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {DOCUMENT_TABLE}_au",
        f"DROP TRIGGER IF EXISTS {DOCUMENT_TABLE}_ad",
        f"DROP TRIGGER IF EXISTS {DOCUMENT_TABLE}_ai",
        f"DROP TABLE IF EXISTS {FTS_TABLE}",
    ]


def postgresql_schema_sql() -> list[str]:
    """The postings, the terms' document counts and the statistics row, and the triggers that keep them.

    Statement-level triggers with transition tables: a batch of 500 documents (one `bulk_create`) costs one
    INSERT … SELECT of its postings, one upsert of its terms' counts and one update of the statistics row.
    The statistics row is updated first, so concurrent writers queue on it before they touch any term row and
    cannot deadlock on the terms. A TRUNCATE of the documents (Django's test flush) empties all three. The
    'simple' tsvector of migration 0002 and its GIN index are dropped: the postings replace them.
    """
    sync = f"""
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                UPDATE {STATISTICS_TABLE} SET documents = documents - s.n, total_length = total_length - s.length
                FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS length FROM old_rows) s WHERE id = 1;
                UPDATE {TERM_TABLE} t SET documents = t.documents - k.n
                FROM (SELECT term, count(*) AS n FROM old_rows, jsonb_object_keys(tf) term GROUP BY term) k
                WHERE t.term = k.term;
                DELETE FROM {POSTING_TABLE} p USING old_rows o, jsonb_object_keys(o.tf) k(term)
                WHERE p.term = k.term AND p.document_id = o.id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                UPDATE {STATISTICS_TABLE} SET documents = documents + s.n, total_length = total_length + s.length
                FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS length FROM new_rows) s WHERE id = 1;
                INSERT INTO {TERM_TABLE} (term, documents)
                SELECT term, count(*) FROM new_rows, jsonb_object_keys(tf) term GROUP BY term ORDER BY term
                ON CONFLICT (term) DO UPDATE SET documents = {TERM_TABLE}.documents + excluded.documents;
                INSERT INTO {POSTING_TABLE} (term, document_id, tf_title, tf_body, length)
                SELECT t.key, n.id, (t.value ->> 0)::integer, (t.value ->> 1)::integer, n.length
                FROM new_rows n CROSS JOIN jsonb_each(n.tf) t;
            END IF;
            RETURN NULL;
        END
    """  # noqa: S608 - table names are constants
    truncate = f"""
        BEGIN
            TRUNCATE {POSTING_TABLE}, {TERM_TABLE};
            UPDATE {STATISTICS_TABLE} SET documents = 0, total_length = 0;
            RETURN NULL;
        END
    """  # noqa: S608 - table names are constants
    table = DOCUMENT_TABLE
    return [
        f"DROP INDEX IF EXISTS {TSV_INDEX}",
        f"ALTER TABLE {table} DROP COLUMN IF EXISTS tsv",
        f"CREATE TABLE {POSTING_TABLE} (term text NOT NULL, document_id bigint NOT NULL, tf_title integer NOT NULL, "
        "tf_body integer NOT NULL, length integer NOT NULL, "
        "PRIMARY KEY (term, document_id) INCLUDE (tf_title, tf_body, length))",
        f"CREATE TABLE {TERM_TABLE} (term text PRIMARY KEY, documents integer NOT NULL)",
        f"CREATE TABLE {STATISTICS_TABLE} (id smallint PRIMARY KEY CHECK (id = 1), documents bigint NOT NULL, "
        "total_length bigint NOT NULL)",
        f"INSERT INTO {STATISTICS_TABLE} (id, documents, total_length) "  # noqa: S608
        f"SELECT 1, count(*), coalesce(sum(length), 0) FROM {table}",
        f"INSERT INTO {POSTING_TABLE} (term, document_id, tf_title, tf_body, length) "  # noqa: S608
        f"SELECT t.key, d.id, (t.value ->> 0)::integer, (t.value ->> 1)::integer, d.length "
        f"FROM {table} d CROSS JOIN jsonb_each(d.tf) t",
        f"INSERT INTO {TERM_TABLE} (term, documents) SELECT term, count(*) FROM {POSTING_TABLE} GROUP BY term",  # noqa: S608
        f"CREATE FUNCTION {table}_postings() RETURNS trigger LANGUAGE plpgsql AS $${sync}$$",
        f"CREATE FUNCTION {table}_postings_truncate() RETURNS trigger LANGUAGE plpgsql AS $${truncate}$$",
        f"CREATE TRIGGER {table}_postings_ai AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_postings()",
        f"CREATE TRIGGER {table}_postings_ad AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_postings()",
        f"CREATE TRIGGER {table}_postings_au AFTER UPDATE ON {table} "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_postings()",
        f"CREATE TRIGGER {table}_postings_at AFTER TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_postings_truncate()",
    ]


def postgresql_drop_sql() -> list[str]:
    """Back to migration 0002's schema: the generated tsvector and its GIN index."""
    table = DOCUMENT_TABLE
    return [
        *(f"DROP TRIGGER IF EXISTS {table}_postings_{suffix} ON {table}" for suffix in ("at", "au", "ad", "ai")),
        f"DROP FUNCTION IF EXISTS {table}_postings_truncate()",
        f"DROP FUNCTION IF EXISTS {table}_postings()",
        f"DROP TABLE IF EXISTS {STATISTICS_TABLE}",
        f"DROP TABLE IF EXISTS {TERM_TABLE}",
        f"DROP TABLE IF EXISTS {POSTING_TABLE}",
        f"ALTER TABLE {table} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple'::regconfig, terms_title || ' ' || terms_body)) STORED",
        f"CREATE INDEX {TSV_INDEX} ON {table} USING gin (tsv)",
    ]
