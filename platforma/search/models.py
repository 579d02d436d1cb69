"""The search index: one row per indexed object, plus the vocabulary behind "did you mean".

The full-text part lives beside these tables, created by raw SQL migrations for each database: SQLite gets
an FTS5 table over `terms_title` and `terms_body` kept in sync by triggers (0002); PostgreSQL gets a postings
table, per-term document counts and a statistics row, filled from `tf` by triggers (0003). Both hold the same
analysed terms (platforma.core.text), so both engines find the same things, and both rank by the same BM25
(engine/backends.py).

Careful on SQLite: a later migration that alters SearchDocument makes Django rebuild the table, which drops
the triggers. Such a migration must recreate them (engine.backends.sqlite_schema_sql).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    # Small columns first: SQLite stores a row's columns in order, and every search reads these for ~200 rows;
    # placed before the long texts, they are read without wading through them.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    # The registry's key ("challenge", "organisation", …): results are grouped and filtered by it.
    type_key = models.CharField(max_length=40, db_index=True)
    city = models.CharField(_("miejscowość"), max_length=120, blank=True)
    competence_ids = models.JSONField(default=list, blank=True)
    # Number of terms in title and body: BM25's document length, the same figure FTS5 keeps for itself.
    length = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    # Analyser and index version the terms were made with; rows made by another one are rebuilt.
    analysis = models.CharField(max_length=120, blank=True)
    url = models.CharField(max_length=500)
    title = models.CharField(_("tytuł"), max_length=300)
    terms_title = models.TextField(blank=True)
    terms_body = models.TextField(blank=True)
    # {term: [count in title, count in body]}: PostgreSQL's triggers make the postings from it (FTS5 does not need it).
    tf = models.JSONField(default=dict, blank=True)
    # Plain text (Markdown rendered and stripped) from which snippets are cut at query time.
    body = models.TextField(_("treść"), blank=True)

    class Meta:
        verbose_name = _("dokument indeksu wyszukiwania")
        verbose_name_plural = _("indeks wyszukiwania")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_search_document_per_object")
        ]

    def __str__(self) -> str:
        return f"{self.type_key}:{self.object_id} {self.title}"


class SearchVector(models.Model):
    """A document's sentence embedding, in a narrow table of its own: re-ranking reads ~200 of these per query,
    which is several times faster than reading them from the end of the wide document rows."""

    document = models.OneToOneField(
        SearchDocument, on_delete=models.CASCADE, primary_key=True, related_name="embedding"
    )
    # Name and version of the model that made the vector; vectors of different models are never compared.
    model = models.CharField(max_length=120)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.document_id} ({self.model})"


class SearchWord(models.Model):
    """A word as it appears in indexed text (case-folded), the term it is indexed under, and its letters
    without Polish diacritics: "did you mean" looks for close words here.

    Words are only added between rebuilds; a word that no longer occurs anywhere is harmless, because a
    suggestion is shown only after a search for it has found something the person may see.
    """

    word = models.CharField(max_length=60, unique=True)
    folded = models.CharField(max_length=60, db_index=True)
    # The first two folded letters and the length narrow the comparison to a few hundred words.
    prefix = models.CharField(max_length=2)
    length = models.PositiveSmallIntegerField()
    term = models.CharField(max_length=60, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["prefix", "length"])]

    def __str__(self) -> str:
        return self.word
