from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class CompetenceQuerySet(models.QuerySet["Competence"]):
    def roots(self) -> "CompetenceQuerySet":
        return self.filter(parent__isnull=True)


class Competence(models.Model):
    """A node of the environmental-technology tree; labels in Polish and English."""

    slug = models.SlugField(_("identyfikator"), max_length=80, unique=True)
    name_pl = models.CharField(_("nazwa (polski)"), max_length=160)
    name_en = models.CharField(_("nazwa (angielski)"), max_length=160)
    parent = models.ForeignKey(
        "self", verbose_name=_("nadrzędna"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    position = models.PositiveIntegerField(_("kolejność"), default=0)
    depth = models.PositiveSmallIntegerField(_("poziom"), default=0, editable=False)

    objects = CompetenceQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        verbose_name = _("kompetencja")
        verbose_name_plural = _("kompetencje")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.depth = self.parent.depth + 1 if self.parent else 0
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "pl").startswith("en") else self.name_pl
