"""How well a person's competences fit an offer: overlap in the competence tree. Plain Python, no Django.

Until the matching service exists (it sits above talent and may replace this), a fit is counted as:
the same competence scores EXACT; a competence directly above or below in the tree (an area and its
field, a field and its technique, or an area and a technique) scores RELATED. "Fitoremediacja" asked,
"Fitostabilizacja metali ciężkich" offered: a related fit, worth less than the same node.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

EXACT = 2
RELATED = 1

# child id → parent id (None for the top of the tree)
Parents = Mapping[int, int | None]


def ancestors(node: int, parents: Parents) -> set[int]:
    found: set[int] = set()
    current = parents.get(node)
    while current is not None and current not in found:
        found.add(current)
        current = parents.get(current)
    return found


def related_ids(ids: Iterable[int], parents: Parents) -> set[int]:
    """Every node above or below the given ones, the given ones left out."""
    wanted = set(ids)
    related: set[int] = set()
    for node in parents:
        node_ancestors = ancestors(node, parents)
        if node in wanted:
            related |= node_ancestors
        if node_ancestors & wanted:
            related.add(node)
    return related - wanted


@dataclass(frozen=True)
class Fit:
    score: int
    exact: frozenset[int]
    related: frozenset[int]


def fit(wanted: Iterable[int], offered: Iterable[int], parents: Parents) -> Fit:
    """The fit of `offered` competences (a person's) to `wanted` ones (an offer's), or the reverse."""
    wanted_set = set(wanted)
    offered_set = set(offered)
    exact = wanted_set & offered_set
    related = (offered_set - exact) & related_ids(wanted_set, parents)
    return Fit(score=EXACT * len(exact) + RELATED * len(related), exact=frozenset(exact), related=frozenset(related))
