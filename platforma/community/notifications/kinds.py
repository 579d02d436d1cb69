"""The kinds of notification, each with a default delivery that does not flood.

Every app registers the verbs it passes to `notify()` (in its AppConfig.ready); `notify()` refuses a verb
nobody registered, so a typo fails in the tests instead of silently notifying no one. People change the
delivery per kind on /powiadomienia/ustawienia/.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("od razu, e-mailem")
    DAILY = "daily", _("w dziennym podsumowaniu")
    WEEKLY = "weekly", _("w tygodniowym podsumowaniu")
    NEVER = "never", _("nigdy")


@dataclass(frozen=True)
class NotificationKind:
    verb: str
    label: str | Promise
    default_delivery: str
    # Kinds in one group are shown together in the preferences form and the digest.
    group: str | Promise
    # How several of them read as one line of the centre or the digest: an ngettext_lazy(…, "count")
    # such as "%(count)d nowe komentarze"; without it the label is followed by the number in brackets.
    plural_label: Promise | None = None
    # False for private business addressed to named people (an invitation): followers of the target
    # are not told.
    reaches_followers: bool = True

    def label_for(self, count: int) -> str:
        if count <= 1:
            return str(self.label)
        if self.plural_label is not None:
            return str(self.plural_label % {"count": count})
        return f"{self.label} ({count})"


_kinds: dict[str, NotificationKind] = {}


def register_kind(
    verb: str,
    *,
    label: str | Promise,
    default_delivery: str,
    group: str | Promise,
    plural_label: Promise | None = None,
    reaches_followers: bool = True,
) -> NotificationKind:
    kind = NotificationKind(
        verb=verb,
        label=label,
        default_delivery=Delivery(default_delivery),
        group=group,
        plural_label=plural_label,
        reaches_followers=reaches_followers,
    )
    _kinds[verb] = kind
    return kind


def get_kind(verb: str) -> NotificationKind:
    try:
        return _kinds[verb]
    except KeyError:
        raise ValueError(f"Unknown notification kind {verb!r}; register it with register_kind().") from None


def find_kind(verb: str) -> NotificationKind | None:
    """For reading old rows: a kind whose app was removed is shown by its verb instead of failing."""
    return _kinds.get(verb)


def all_kinds() -> list[NotificationKind]:
    return sorted(_kinds.values(), key=lambda kind: (str(kind.group), kind.verb))
