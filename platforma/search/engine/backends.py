"""Full-text candidates from the database: SQLite FTS5, or PostgreSQL's tsvector with a GIN index.

Both index the same analysed terms and both score with Okapi BM25 as FTS5 defines it: for each distinct
query term t in document D,

    idf(t) * f * (k1 + 1) / (f + k1 * (1 - b + b * |D| / avgdl)),   f = w_title * tf_title + w_body * tf_body,
    idf(t) = ln((N - n(t) + 0.5) / (n(t) + 0.5)), at least 1e-6,

with |D| the number of terms in title and body, avgdl its average and n(t) the number of documents with t.
FTS5 computes this itself (`bm25()`); on PostgreSQL the same formula is written in SQL over the `tf` column,
so the two engines give the same scores, not merely similar ones. The queries are OR of the terms.

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


class FullTextBackend(Protocol):
    vendor: str
    # Whether rows must carry the `tf` column (PostgreSQL scores from it; FTS5 keeps its own counts).
    needs_tf: bool

    def candidates(self, connection: Any, terms: Sequence[str], *, limit: int) -> list[tuple[int, float]]: ...


def _quoted(term: str) -> str:
    return "'" + term.replace("'", "''") + "'"


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


class PostgresTsvector:
    vendor = "postgresql"
    needs_tf = True

    FREQUENCIES = f"""
        SELECT t.i, (
            SELECT count(*) FROM (
                SELECT 1 FROM {DOCUMENT_TABLE} d
                WHERE d.tsv @@ to_tsquery('simple', quote_literal(t.term)) LIMIT %(cap)s
            ) s
        )
        FROM unnest(%(terms)s::text[]) WITH ORDINALITY AS t(term, i)
    """  # noqa: S608 - the table name is a constant; every value is a parameter

    # n(t) is counted through the GIN index for each query term; N and avgdl over the table. FTS5 keeps these
    # figures in its own structures; here they cost a few index lookups per query.
    SQL = f"""
        WITH q AS (SELECT DISTINCT unnest(%(terms)s::text[]) AS term),
        stats AS (
            SELECT count(*)::float8 AS n, coalesce(avg(length), 0)::float8 AS avgdl FROM {DOCUMENT_TABLE}
        ),
        idf AS (
            SELECT q.term, greatest(ln((stats.n - h.hits + 0.5) / (h.hits + 0.5)), 1e-6) AS idf
            FROM q CROSS JOIN stats
            CROSS JOIN LATERAL (
                SELECT count(*)::float8 AS hits FROM {DOCUMENT_TABLE} d
                WHERE d.tsv @@ to_tsquery('simple', quote_literal(q.term))
            ) h
        ),
        matched AS (
            SELECT id, length, tf FROM {DOCUMENT_TABLE} WHERE tsv @@ to_tsquery('simple', %(query)s)
            ORDER BY id DESC LIMIT %(scan)s
        )
        SELECT matched.id,
               sum(idf.idf * f.f * (%(k1)s + 1) / (f.f + %(k1)s * (1 - %(b)s + %(b)s * matched.length / stats.avgdl)))
                   AS score
        FROM matched CROSS JOIN stats CROSS JOIN idf
        CROSS JOIN LATERAL (
            SELECT coalesce((matched.tf -> idf.term ->> 0)::float8, 0) * %(title)s
                 + coalesce((matched.tf -> idf.term ->> 1)::float8, 0) * %(body)s AS f
        ) f
        WHERE f.f > 0
        GROUP BY matched.id
        ORDER BY score DESC, matched.id
        LIMIT %(limit)s
    """  # noqa: S608 - table names are constants; every value is a parameter

    def frequencies(self, connection: Any, terms: Sequence[str], *, cap: int) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(self.FREQUENCIES, {"terms": list(terms), "cap": cap})
            counts = {int(index): int(count) for index, count in cursor.fetchall()}
        return [counts.get(index + 1, 0) for index in range(len(terms))]

    def candidates(self, connection: Any, terms: Sequence[str], *, limit: int) -> list[tuple[int, float]]:
        if not terms:
            return []
        kept = select_terms(
            terms, self.frequencies(connection, terms, cap=ranking.SCORING_BUDGET + 1), budget=ranking.SCORING_BUDGET
        )
        if not kept:
            return []
        params = {
            "terms": kept,
            "query": " | ".join(_quoted(term) for term in kept),
            "k1": K1,
            "b": B,
            "title": TITLE_WEIGHT,
            "body": BODY_WEIGHT,
            "scan": ranking.SCAN_LIMIT,
            "limit": limit,
        }
        with connection.cursor() as cursor:
            cursor.execute(self.SQL, params)
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]


BACKENDS: dict[str, FullTextBackend] = {"sqlite": SqliteFts5(), "postgresql": PostgresTsvector()}


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
    """A stored tsvector of the same terms ('simple': no dictionary, so the terms stay as analysed) and its GIN."""
    return [
        f"ALTER TABLE {DOCUMENT_TABLE} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple'::regconfig, terms_title || ' ' || terms_body)) STORED",
        f"CREATE INDEX {TSV_INDEX} ON {DOCUMENT_TABLE} USING gin (tsv)",
    ]


def postgresql_drop_sql() -> list[str]:
    return [f"DROP INDEX IF EXISTS {TSV_INDEX}", f"ALTER TABLE {DOCUMENT_TABLE} DROP COLUMN IF EXISTS tsv"]
