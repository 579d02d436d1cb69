"""Reasons in words for a match, in Polish: "wspólne kompetencje: …; podobny projekt: „…”; odległość: 14 km".

The engine has no Django. Message templates are marked with a local `gettext_noop`, which `makemessages`
extracts like Django's own; the platform passes `translate=gettext` to get them in the user's language.
"""

from collections.abc import Callable, Mapping

from .model import Item, Match, Reason


def gettext_noop(message: str) -> str:
    """Marks a message for extraction without translating it (Django's has the same name and meaning)."""
    return message


LABELS = gettext_noop("wspólne kompetencje: %(labels)s")
SIMILAR_ITEM = {
    "challenge": gettext_noop("rozwiązany podobny problem: „%(title)s”"),
    "proposal": gettext_noop("podobna propozycja rozwiązania: „%(title)s”"),
    "initiative": gettext_noop("podobne przedsięwzięcie: „%(title)s”"),
    "project": gettext_noop("podobny projekt: „%(title)s”"),
}
SIMILAR_OTHER = gettext_noop("podobne wcześniejsze działanie: „%(title)s”")
SIMILAR_DESCRIPTION = gettext_noop("opis profilu pasuje do problemu")
DISTANCE = gettext_noop("odległość: %(km)s km")
TRACK_RECORD = gettext_noop("liczba wcześniejszych działań: %(count)d")

MAX_LABELS = 3
MAX_TITLE = 90


def explain(
    match: Match,
    *,
    item: Item | None = None,
    label_names: Mapping[str, str] | None = None,
    translate: Callable[[str], str] = lambda message: message,
) -> list[Reason]:
    """What made this match, as (kind, text) pairs in the order a reader weighs them.

    `item` is the match's most similar item (`Matcher.item(match.best_item)`); `label_names` gives the
    display names of labels (competence slug → name). Shared labels are listed rarest first, at most three.
    """
    reasons: list[Reason] = []
    if match.shared_labels:
        names = [(label_names or {}).get(label, label) for label in match.shared_labels]
        unique = list(dict.fromkeys(names))[:MAX_LABELS]
        reasons.append(Reason("labels", translate(LABELS) % {"labels": ", ".join(unique)}))
    if item is not None:
        if not item.counts_as_track_record:
            reasons.append(Reason("similar_item", translate(SIMILAR_DESCRIPTION)))
        else:
            template = SIMILAR_ITEM.get(item.kind, SIMILAR_OTHER)
            reasons.append(Reason("similar_item", translate(template) % {"title": _shorten(item.title or item.text)}))
    if match.distance_km is not None:
        reasons.append(Reason("distance", translate(DISTANCE) % {"km": _km(match.distance_km)}))
    if match.track_record > 0:
        reasons.append(Reason("track_record", translate(TRACK_RECORD) % {"count": match.track_record}))
    return reasons


def as_sentence(reasons: list[Reason]) -> str:
    return "; ".join(reason.text for reason in reasons)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    return text[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def _km(km: float) -> str:
    """Whole kilometres, or one decimal (with a Polish decimal comma) below ten."""
    if km < 10:
        return f"{km:.1f}".replace(".", ",")
    return str(round(km))
