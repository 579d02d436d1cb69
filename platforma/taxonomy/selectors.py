"""Reads of the competence tree. The tree is public: no visibility rules apply."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from platforma.taxonomy.models import Competence

CompetenceChoices = list[tuple[str, list[tuple[int, str]]]]


def competence_tree() -> list[Competence]:
    """Top-level areas with `children` and their `children` prefetched: three queries however big the tree."""
    grandchildren = Prefetch("children", queryset=Competence.objects.order_by("position"))
    children = Prefetch("children", queryset=Competence.objects.order_by("position").prefetch_related(grandchildren))
    return list(Competence.objects.roots().order_by("position").prefetch_related(children))


def competence_choices(*, tree: list[Competence] | None = None) -> CompetenceChoices:
    """Choices grouped by top-level area, for a select with optgroups or checkboxes in fieldsets.

    Each group starts with the area itself ("… — ogólnie"), for people whose competence is the whole
    field; third-level nodes carry a dash so that the hierarchy stays readable in a plain select.
    Labels follow the active language. Use with a ModelMultipleChoiceField over Competence.objects.all():
    the queryset validates, these choices only render. Pass `tree` when the caller already holds
    competence_tree(), to save its queries.
    """
    groups: CompetenceChoices = []
    for area in competence_tree() if tree is None else tree:
        options = [(area.pk, _("%(name)s — ogólnie") % {"name": area.name})]
        for child in area.children.all():
            options.append((child.pk, child.name))
            options.extend((grandchild.pk, f"– {grandchild.name}") for grandchild in child.children.all())
        groups.append((area.name, options))
    return groups


def competence_with_descendants(slug: str) -> list[int]:
    """The ids of a competence and of everything below it in the tree; empty for an unknown slug.

    The tree is small (tens of nodes), so one query for all of it beats one query per level."""
    nodes = list(Competence.objects.values_list("pk", "parent_id", "slug"))
    roots = [pk for pk, _parent, node_slug in nodes if node_slug == slug]
    ids: list[int] = []
    while roots:
        ids.extend(roots)
        roots = [pk for pk, parent, _slug in nodes if parent in roots]
    return ids
