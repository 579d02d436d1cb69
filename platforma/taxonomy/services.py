"""Writes to the competence tree."""

from typing import Any

from django.db import models, transaction

from platforma.taxonomy.models import Competence
from platforma.taxonomy.tree import COMPETENCE_TREE, CompetenceNode, iter_nodes

# Gaps between positions let the coordinator slot a new node between two others in the admin.
POSITION_STEP = 10


@transaction.atomic
def competence_tree_sync(*, model: type[models.Model] | None = None, tree: list[CompetenceNode] | None = None) -> int:
    """Create or update every node of the tree by slug; return how many nodes the tree has.

    `model` lets a data migration pass its historical Competence: there the custom save() does not run,
    so depth is always set here explicitly. Positions follow pre-order, so ordering by position lists the
    tree as it reads. Nodes that were removed from tree.py stay in the database: profiles, organisations
    and challenges may still refer to them; the coordinator deletes them in the admin if they must go.
    """
    competence_model: Any = model or Competence
    manager = competence_model._default_manager
    saved: dict[str, Any] = {}
    for index, (node, parent_slug, depth) in enumerate(iter_nodes(COMPETENCE_TREE if tree is None else tree)):
        parent = None
        if parent_slug is not None:
            parent = saved.get(parent_slug) or manager.get(slug=parent_slug)
        saved[node["slug"]], _created = manager.update_or_create(
            slug=node["slug"],
            defaults={
                "name_pl": node["name_pl"],
                "name_en": node["name_en"],
                "parent": parent,
                "position": (index + 1) * POSITION_STEP,
                "depth": parent.depth + 1 if parent is not None else depth,
            },
        )
    return len(saved)
