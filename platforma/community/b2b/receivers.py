"""The one thing b2b hears from below: a confirmed place at an event was given up (decision record 0010)."""

from datetime import datetime
from typing import Any

from platforma.community.b2b.services import meetings_release
from platforma.community.events.models import Registration
from platforma.community.events.services import place_given_up


def _on_place_given_up(sender: Any, *, registration: Registration, now: datetime, **kwargs: Any) -> None:
    meetings_release(event=registration.event, user=registration.user, now=now)


def connect() -> None:
    place_given_up.connect(_on_place_given_up, dispatch_uid="b2b.release_meetings")
