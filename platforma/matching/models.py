"""What the matcher indexes, stored so that every process can build the same index without recomputing it.

An entry is one engine `Profile` or `Item` of one pool, with the sentence vector of its text and the name and
version of the model that made it. Tasks write entries after the objects they come from change; a web
process keeps its matchers in memory and applies only the entries written since it last looked (the primary
key is the change sequence: a changed entry is written as a new row, and older rows of its key are removed).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Pool(models.TextChoices):
    # Who could solve a problem: organisations and public specialists, with their past work as items.
    SOLVERS = "solvers", _("organizacje i specjaliści")
    # Published challenges, each its own profile, for "others face this too" and the duplicates list.
    CHALLENGES = "challenges", _("wyzwania")
    # What an organisation or a specialist could answer: active challenges, open calls, open offers.
    OPPORTUNITIES = "opportunities", _("wyzwania, nabory i oferty")


class MatchEntryQuerySet(models.QuerySet["MatchEntry"]):
    def live(self) -> "MatchEntryQuerySet":
        return self.filter(deleted=False)


class MatchEntry(models.Model):
    pool = models.CharField(max_length=20, choices=Pool.choices)
    # "org:5", "person:3", "challenge:7" for profiles; "item:proposal:9" and the like for items.
    key = models.CharField(max_length=80)
    is_item = models.BooleanField(default=False)
    # A tombstone: the key is gone from the pool (processes that loaded it earlier forget it).
    deleted = models.BooleanField(default=False)
    # The organisation an entry belongs to ("org:5"), so that its own challenges are left out of its matches.
    owner = models.CharField(max_length=80, blank=True)
    name = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    # The engine's item kind ("proposal", "initiative", "challenge", …); it words the reason.
    kind = models.CharField(max_length=20, blank=True)
    profiles = models.JSONField(default=list, blank=True)
    labels = models.JSONField(default=list, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    counts_as_track_record = models.BooleanField(default=True)
    # A hash of what is embedded: an unchanged text keeps its vector when the entry is written again.
    text_hash = models.CharField(max_length=64, blank=True)
    # "name@version" of the model that made `vector`; vectors of another model are embedded again.
    vector_model = models.CharField(max_length=120, blank=True)
    vector = models.BinaryField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MatchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("wpis indeksu dopasowań")
        verbose_name_plural = _("indeks dopasowań")
        indexes = [models.Index(fields=["pool", "key"])]

    def __str__(self) -> str:
        return f"{self.pool}:{self.key}"
