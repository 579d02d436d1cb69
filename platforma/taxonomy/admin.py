from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from platforma.taxonomy.models import Competence


@admin.register(Competence)
class CompetenceAdmin(admin.ModelAdmin):
    """The coordinator edits the tree here. Positions are spaced by ten, so a new node fits between two others."""

    list_display = ["indented_name", "name_en", "parent", "depth", "position", "slug"]
    list_editable = ["position"]
    list_filter = ["depth", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name_pl", "name_en", "slug"]
    ordering = ["position"]
    list_per_page = 200
    prepopulated_fields = {"slug": ["name_pl"]}
    fields = ["name_pl", "name_en", "slug", "parent", "position"]
    autocomplete_fields = ["parent"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Competence]:
        return super().get_queryset(request).select_related("parent")

    @admin.display(description=_("nazwa (polski)"), ordering="position")
    def indented_name(self, obj: Competence) -> str:
        return f"{'— ' * obj.depth}{obj.name_pl}"
