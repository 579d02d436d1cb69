"""How one activity reads in a stream: "Organizacja X zgłosiła wyzwanie „…”".

The app that registers a verb (kinds.register_kind) registers its sentence here too, in two forms: with
the organisation whose activity it is, and without one (a specialist acting alone, the coordinator).
Placeholders: %(organisation)s and %(target)s. A verb with no sentence reads "<kind label>: <title>".
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _

from platforma.community.notifications.kinds import get_kind


@dataclass(frozen=True)
class Phrase:
    with_organisation: str | Promise
    without_organisation: str | Promise


_phrases: dict[str, Phrase] = {}


def register_phrase(verb: str, *, with_organisation: str | Promise, without_organisation: str | Promise) -> None:
    _phrases[verb] = Phrase(with_organisation=with_organisation, without_organisation=without_organisation)


def sentence(*, verb: str, organisation_name: str, target_title: str) -> str:
    phrase = _phrases.get(verb)
    if phrase is None:
        try:
            label = str(get_kind(verb).label)
        except ValueError:
            label = _("Nowość")
        return f"{label}: {target_title}"
    template = phrase.with_organisation if organisation_name else phrase.without_organisation
    return str(template) % {"organisation": organisation_name, "target": target_title}
