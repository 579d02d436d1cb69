"""Community code may not import the domain apps, so these tests discuss an organisation: it is made
commentable for the length of a test (the registry entry is restored afterwards)."""

import dataclasses

import pytest

from platforma.community import targets
from platforma.organisations.models import Organisation


@pytest.fixture
def commentable_organisations(monkeypatch):
    original = targets.type_of(Organisation)
    assert original is not None
    monkeypatch.setitem(
        targets._registry,
        original.key,
        dataclasses.replace(original, commentable=True, can_moderate=lambda user, organisation: False),
    )


@pytest.fixture
def topic(commentable_organisations, ziemia):
    """The object under discussion: ziemia's page."""
    return ziemia
