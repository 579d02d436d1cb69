"""Matching listens to the saves and deletions of what it indexes (the domain apps do not know about it).

Each change enqueues `tasks.refresh_entries` after the transaction commits, so a rolled-back save never
reaches the index and a request never waits for the analysis or the sentence model.
"""

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save

from platforma.accounts.models import Profile, User
from platforma.challenges.models import Challenge, Proposal
from platforma.initiatives.models import Initiative, Participant
from platforma.opencalls.models import OpenCall
from platforma.organisations.models import Organisation
from platforma.talent.models import Offer

M2M_ACTIONS = {"post_add", "post_remove", "post_clear"}
# Saves that only touch these fields change nothing the index holds (a login updates last_login).
USER_FIELDS = frozenset({"first_name", "last_name", "email", "is_active"})

Affected = Callable[[Any], Iterable[tuple[str, Iterable[int]]]]


def enqueue(source: str, object_ids: Iterable[int]) -> None:
    from platforma.matching import tasks

    ids = sorted({int(pk) for pk in object_ids if pk is not None})
    if ids:
        transaction.on_commit(partial(tasks.refresh_entries.enqueue, source, ids))


def _challenge(challenge: Challenge) -> list[tuple[str, Iterable[int]]]:
    # Whether a proposal is indexed, and the text of a call, follow from their challenge.
    return [
        ("challenge", [challenge.pk]),
        ("proposal", challenge.proposals.values_list("pk", flat=True)),
        ("opencall", challenge.open_calls.values_list("pk", flat=True)),
    ]


def _user(user: User) -> list[tuple[str, Iterable[int]]]:
    return [("profile", Profile.objects.filter(user=user).values_list("pk", flat=True))]


WATCHED: list[tuple[type[Model], Affected]] = [
    (Organisation, lambda o: [("organisation", [o.pk])]),
    (Profile, lambda p: [("profile", [p.pk])]),
    (Challenge, _challenge),
    (Proposal, lambda p: [("proposal", [p.pk])]),
    (Initiative, lambda i: [("initiative", [i.pk])]),
    (Participant, lambda p: [("initiative", [p.initiative_id])]),
    (OpenCall, lambda c: [("opencall", [c.pk])]),
    (Offer, lambda o: [("offer", [o.pk])]),
]
# Many-to-many fields whose changes alter labels: (model, field, source).
M2M: list[tuple[type[Model], str, str]] = [
    (Organisation, "competences", "organisation"),
    (Profile, "competences", "profile"),
    (Challenge, "competences", "challenge"),
    (Offer, "competences", "offer"),
    (Initiative, "challenges", "initiative"),
]


def _changed(affected: Affected, sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata: `rebuild_matching_index` indexes fixtures
        return
    for source, ids in affected(instance):
        enqueue(source, ids)


def _user_saved(sender: Any, instance: User, raw: bool = False, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if raw or (update_fields is not None and not set(update_fields) & USER_FIELDS):
        return
    _changed(_user, sender, instance)


def _m2m(source: str, sender: Any, instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any) -> None:
    if action not in M2M_ACTIONS:
        return
    if not reverse:
        enqueue(source, [instance.pk])
    elif pk_set:
        enqueue(source, pk_set)


def connect() -> None:
    for model, affected in WATCHED:
        uid = f"matching:{model._meta.label_lower}"
        post_save.connect(partial(_changed, affected), sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(partial(_changed, affected), sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(_user_saved, sender=User, dispatch_uid="matching:user")
    for model, name, source in M2M:
        through = getattr(model, name).through
        m2m_changed.connect(partial(_m2m, source), sender=through, weak=False, dispatch_uid=f"matching:{source}:{name}")
