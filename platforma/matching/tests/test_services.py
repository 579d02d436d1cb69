"""Writing the index: entries of changed objects, tombstones, vectors stored with their model, the rebuild,
and the in-memory index following the stored entries incrementally."""

import logging

import numpy as np
import pytest

from platforma.accounts.models import ProfileVisibility
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.core.models import Visibility
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.matching import services
from platforma.matching.engine import HashingEmbedder, embedder_key
from platforma.matching.index import MatchingIndex, get_index
from platforma.matching.models import MatchEntry, Pool
from platforma.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def live_keys(pool=None):
    entries = MatchEntry.objects.live()
    if pool:
        entries = entries.filter(pool=pool)
    return set(entries.values_list("key", flat=True))


def test_an_organisation_becomes_a_profile_with_its_description_as_an_item():
    organisation = OrganisationFactory(description="Rekultywacja **hałd**.")
    assert services.entries_refresh(source="organisation", ids=[organisation.pk]) == 2
    item = MatchEntry.objects.get(key=f"item:org:{organisation.pk}")
    assert item.text.startswith("Rekultywacja hałd.")
    assert item.profiles == [f"org:{organisation.pk}"]
    assert item.counts_as_track_record is False


def test_refreshing_an_unchanged_object_writes_nothing():
    organisation = OrganisationFactory()
    services.entries_refresh(source="organisation", ids=[organisation.pk])
    before = list(MatchEntry.objects.values_list("pk", flat=True))
    assert services.entries_refresh(source="organisation", ids=[organisation.pk]) == 0
    assert list(MatchEntry.objects.values_list("pk", flat=True)) == before


def test_a_changed_entry_is_written_anew_and_its_older_row_removed():
    organisation = OrganisationFactory(description="Stary opis.")
    services.entries_refresh(source="organisation", ids=[organisation.pk])
    old_pk = MatchEntry.objects.get(key=f"item:org:{organisation.pk}").pk
    organisation.description = "Nowy opis."
    organisation.save()
    services.entries_refresh(source="organisation", ids=[organisation.pk])
    rows = MatchEntry.objects.filter(key=f"item:org:{organisation.pk}")
    assert [(row.text, row.pk > old_pk) for row in rows] == [("Nowy opis.", True)]


def test_a_challenge_taken_back_to_draft_leaves_a_tombstone():
    challenge = ChallengeFactory()
    services.entries_refresh(source="challenge", ids=[challenge.pk])
    assert f"challenge:{challenge.pk}" in live_keys(Pool.CHALLENGES)
    challenge.status = ChallengeStatus.DRAFT
    challenge.save()
    services.entries_refresh(source="challenge", ids=[challenge.pk])
    assert f"challenge:{challenge.pk}" not in live_keys()
    assert MatchEntry.objects.filter(key=f"challenge:{challenge.pk}", deleted=True).count() == 2  # both pools


def test_past_work_that_not_everyone_may_see_never_becomes_an_item():
    restricted = InitiativeFactory(visibility=Visibility.RESTRICTED)
    members = InitiativeFactory(visibility=Visibility.MEMBERS)
    public = InitiativeFactory()
    services.entries_refresh(source="initiative", ids=[restricted.pk, members.pk, public.pk])
    confidential = ChallengeFactory(visibility=Visibility.RESTRICTED)
    hidden_proposal = ProposalFactory(challenge=confidential, organisation=OrganisationFactory())
    withdrawn = ProposalFactory(organisation=OrganisationFactory(), status=ProposalStatus.WITHDRAWN)
    services.entries_refresh(source="proposal", ids=[hidden_proposal.pk, withdrawn.pk])
    assert live_keys() == {f"item:initiative:{public.pk}"}


def test_a_proposal_of_a_person_without_a_public_profile_is_not_indexed(dawid):
    dawid.profile.visibility = ProfileVisibility.MEMBERS
    dawid.profile.save()
    proposal = ProposalFactory(author=dawid, organisation=None)
    services.entries_refresh(source="proposal", ids=[proposal.pk])
    assert live_keys() == set()


def test_an_unknown_source_is_refused():
    with pytest.raises(ValueError):
        services.entries_refresh(source="planet", ids=[1])


# --- vectors --------------------------------------------------------------------------------------------------


def test_item_vectors_are_stored_with_the_model_and_kept_while_the_text_is_the_same():
    embedder = HashingEmbedder(dim=16)
    organisation = OrganisationFactory(description="Rekultywacja hałd.")
    services.entries_refresh(source="organisation", ids=[organisation.pk], embedder=embedder)
    item = MatchEntry.objects.get(key=f"item:org:{organisation.pk}")
    assert item.vector_model == embedder_key(embedder)
    assert np.frombuffer(bytes(item.vector), dtype=np.float32).shape == (16,)
    organisation.name = "Nowa nazwa"  # the profile changes, the item's text does not
    organisation.save()
    services.entries_refresh(source="organisation", ids=[organisation.pk], embedder=embedder)
    assert bytes(MatchEntry.objects.get(key=f"item:org:{organisation.pk}").vector) == bytes(item.vector)


def test_vectors_of_another_model_are_made_again():
    organisation = OrganisationFactory(description="Rekultywacja hałd.")
    services.entries_refresh(source="organisation", ids=[organisation.pk], embedder=HashingEmbedder(dim=16))
    newer = HashingEmbedder(dim=8)
    newer.version = "2"
    assert services.entries_refresh(source="organisation", ids=[organisation.pk], embedder=newer) == 1
    item = MatchEntry.objects.get(key=f"item:org:{organisation.pk}")
    assert (item.vector_model, len(bytes(item.vector))) == ("hashing@2", 8 * 4)


def test_the_in_memory_index_uses_stored_vectors_without_embedding_again(settings, monkeypatch):
    settings.MATCHING_EMBEDDER = "hashing"
    organisation = OrganisationFactory(description="Rekultywacja hałd.")
    services.entries_refresh(source="organisation", ids=[organisation.pk], embedder=services.configured_embedder())
    calls = []
    embedder = services.configured_embedder()
    monkeypatch.setattr(embedder, "embed", lambda texts: calls.append(texts) or np.zeros((len(texts), 64)))
    index = get_index()
    assert index.item(Pool.SOLVERS, f"item:org:{organisation.pk}") is not None
    assert calls == []


# --- incremental updates ------------------------------------------------------------------------------------


def test_a_save_updates_the_index_through_a_task_after_commit(committed):
    with committed():
        organisation = OrganisationFactory(name="Hałdy Plus")
    assert get_index().matchers[Pool.SOLVERS].profile(f"org:{organisation.pk}").name == "Hałdy Plus"
    with committed():
        organisation.name = "Hałdy Minus"
        organisation.save()
    assert get_index().matchers[Pool.SOLVERS].profile(f"org:{organisation.pk}").name == "Hałdy Minus"
    with committed():
        organisation.delete()
    assert get_index().matchers[Pool.SOLVERS].profile(f"org:{organisation.pk}") is None


def test_a_rolled_back_save_never_reaches_the_index(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        OrganisationFactory()
    assert callbacks  # the task waits for the commit, which a test transaction never makes
    assert not MatchEntry.objects.exists()


def test_a_process_applies_only_what_changed_since_it_last_looked(django_assert_num_queries):
    first = OrganisationFactory()
    services.entries_refresh(source="organisation", ids=[first.pk])
    index = MatchingIndex(embedder=None)
    index.sync()
    with django_assert_num_queries(1):
        index.sync()
    second = OrganisationFactory()
    services.entries_refresh(source="organisation", ids=[second.pk])
    with django_assert_num_queries(2):
        index.sync()
    assert len(index.matchers[Pool.SOLVERS]) == 2


def test_the_rebuild_tombstones_entries_of_deleted_objects():
    organisation = OrganisationFactory()
    services.entries_refresh(source="organisation", ids=[organisation.pk])
    MatchEntry.objects.filter(key=f"org:{organisation.pk}").update(key="org:999999")
    services.index_rebuild()
    assert "org:999999" not in live_keys()


def test_without_a_model_the_index_says_so_in_the_log_once(caplog):
    with caplog.at_level(logging.WARNING, logger="platforma.matching"):
        MatchingIndex(embedder=None)
    warnings = [r for r in caplog.records if "without a sentence-embedding model" in r.getMessage()]
    assert len(warnings) == 1
