from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class CompetenceQuerySet(models.QuerySet["Competence"]):
    def roots(self) -> "CompetenceQuerySet":
        return self.filter(parent__isnull=True)


# Three levels (area → field → technique) keep the tree readable in forms and filters; the selectors
# and the grouped choices are built for exactly that many.
MAX_DEPTH = 2


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
        # A node moved under another parent takes its subtree along: the children's depth follows.
        for child in self.children.exclude(depth=self.depth + 1):
            child.save(update_fields=["depth"])

    def get_absolute_url(self) -> str:
        """A competence has no page of its own: the problems that need it are where a follower wants to go."""
        return f"{reverse('challenges:list')}?{urlencode({'competence': self.slug})}"

    def clean(self) -> None:
        if self.parent is None:
            return
        ancestor: Competence | None = self.parent
        while ancestor is not None:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("Kompetencja nie może być nadrzędna sama dla siebie.")})
            ancestor = ancestor.parent
        if self.parent.depth + 1 + self._subtree_height() > MAX_DEPTH:
            raise ValidationError({"parent": _("Drzewo kompetencji ma najwyżej trzy poziomy; wybierz wyższy węzeł.")})

    def _subtree_height(self) -> int:
        """How many levels hang below this node (0 for a leaf)."""
        if self.pk is None:
            return 0
        if Competence.objects.filter(parent__parent=self).exists():
            return 2
        return 1 if self.children.exists() else 0

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "pl").startswith("en") else self.name_pl
