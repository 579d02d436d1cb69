"""The plain data the matcher works on: profiles, their past items, queries and matches."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    """Someone who could take on a problem: an organisation or a specialist.

    `labels` are category labels of the profile itself (on the platform: its competences, each with the
    competences above it in the tree); the labels of its items are added to them. `track_record` counts
    achievements that are not items of the index (e.g. solved challenges kept elsewhere).
    """

    key: str
    name: str = ""
    labels: frozenset[str] = frozenset()
    location: tuple[float, float] | None = None
    track_record: int = 0


@dataclass(frozen=True)
class Item:
    """One past piece of work shared by one or more profiles: a project, a proposal, an initiative.

    `kind` chooses the wording of the reason ("zrealizował podobny projekt"). An item with
    `counts_as_track_record=False` (a profile's own description) is matched but not counted as experience.
    """

    key: str
    profiles: tuple[str, ...]
    text: str
    title: str = ""
    labels: frozenset[str] = frozenset()
    kind: str = "project"
    date: str = ""
    counts_as_track_record: bool = True


@dataclass(frozen=True)
class Query:
    """A problem to match: text, category labels and where it is.

    `exclude_items` hides items (evaluation on earlier projects: the project itself, or everything that
    started later); `exclude_profiles` hides candidates (a challenge's own organisation).
    """

    text: str
    labels: frozenset[str] = frozenset()
    location: tuple[float, float] | None = None
    exclude_items: frozenset[str] = frozenset()
    exclude_profiles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reason:
    kind: str  # "labels", "similar_item", "distance", "track_record"
    text: str


@dataclass
class Match:
    profile: str
    score: float
    features: dict[str, float]
    best_item: str | None = None
    shared_labels: tuple[str, ...] = ()
    distance_km: float | None = None
    track_record: int = 0
    reasons: list[Reason] = field(default_factory=list)
