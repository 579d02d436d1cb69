"""Writing the index: documents from objects, updates after saves and deletions, rebuilds."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory
from platforma.challenges.models import Challenge
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.core.text import analyse
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.search import services
from platforma.search.models import SearchDocument, SearchVector, SearchWord
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db


def document_of(obj) -> SearchDocument:
    content_type = ContentType.objects.get_for_model(type(obj))
    return SearchDocument.objects.get(content_type=content_type, object_id=obj.pk)


def has_document(obj) -> bool:
    content_type = ContentType.objects.get_for_model(type(obj))
    return SearchDocument.objects.filter(content_type=content_type, object_id=obj.pk).exists()


def test_analysed_gives_exactly_the_terms_of_the_shared_analyser():
    text = "Rekultywacja hałd i oczyszczanie ścieków w Bytomiu; PM2,5 przekracza normy w 2026 r."
    terms, words = services.analysed(text)
    assert terms == analyse(text)
    assert words["hałd"] == "hałda"
    assert "2026" not in words  # numbers are not suggested


def test_a_challenge_document_holds_its_text_place_competences_and_link():
    competence = CompetenceFactory(name_pl="Rekultywacja hałd", name_en="Spoil heap reclamation")
    challenge = ChallengeFactory(
        title="Pylenie z hałdy", description="Hałda **pyli** przy [szkole](https://example.org).", city="Bytom"
    )
    challenge.competences.set([competence])
    services.index_objects(type_key="challenge", object_ids=[challenge.pk])
    document = document_of(challenge)
    assert document.type_key == "challenge"
    assert document.title == "Pylenie z hałdy"
    # Markdown is stripped; the organisation and the competences are indexed but not shown.
    assert document.body == "Hałda pyli przy szkole."
    assert "hałda" in document.terms_body.split()
    assert set(analyse(challenge.organisation.name)) <= set(document.terms_body.split())
    assert "reclam" in document.terms_body.split()
    assert document.city == "Bytom"
    assert document.competence_ids == [competence.pk]
    assert document.url == f"/wyzwania/{challenge.pk}/"
    assert document.length == len(document.terms_title.split()) + len(document.terms_body.split())
    assert document.analysis == services.index_version()


def test_saving_a_challenge_indexes_it_after_the_commit(committed):
    with committed():
        challenge = ChallengeFactory(title="Woda kopalniana w stawie")
    assert document_of(challenge).terms_title == " ".join(analyse("Woda kopalniana w stawie"))


def test_nothing_is_indexed_when_the_transaction_rolls_back():
    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        ChallengeFactory(title="Nigdy nie zapisane")
        raise Rollback
    assert not SearchDocument.objects.exists()


def test_editing_a_challenge_updates_its_document(committed):
    with committed():
        challenge = ChallengeFactory(title="Stara nazwa")
    with committed():
        challenge.title = "Osady w zbiorniku retencyjnym"
        challenge.save(update_fields=["title"])
    assert document_of(challenge).title == "Osady w zbiorniku retencyjnym"
    assert SearchDocument.objects.filter(type_key="challenge").count() == 1


def test_deleting_a_challenge_removes_it_and_its_proposals_from_the_index(committed):
    with committed():
        proposal = ProposalFactory()
    challenge = proposal.challenge
    assert has_document(challenge) and has_document(proposal)
    with committed():
        Challenge.objects.filter(pk=challenge.pk).delete()
    assert not has_document(challenge)
    assert not has_document(proposal)


def test_changing_competences_reindexes_the_object(committed):
    competence = CompetenceFactory(name_pl="Oczyszczanie ścieków", name_en="Wastewater treatment")
    with committed():
        organisation = OrganisationFactory()
    assert document_of(organisation).competence_ids == []
    with committed():
        organisation.competences.add(competence)
    assert document_of(organisation).competence_ids == [competence.pk]
    with committed():
        competence.organisations.remove(organisation)
    assert document_of(organisation).competence_ids == []


def test_renaming_a_person_reindexes_their_profile_but_a_login_does_not(committed, django_capture_on_commit_callbacks):
    with committed():
        profile = ProfileFactory(visibility=ProfileVisibility.PUBLIC)
    user = profile.user
    with committed():
        user.first_name, user.last_name = "Halina", "Hydrolog"
        user.save(update_fields=["first_name", "last_name"])
    assert document_of(profile).title == "Halina Hydrolog"
    with django_capture_on_commit_callbacks() as callbacks:
        user.save(update_fields=["last_login"])
    assert callbacks == []


def test_renaming_an_organisation_reindexes_its_challenges(committed):
    with committed():
        challenge = ChallengeFactory()
    organisation = challenge.organisation
    with committed():
        organisation.name = "Hydrogeo Śląsk"
        organisation.save(update_fields=["name"])
    assert set(analyse("Hydrogeo Śląsk")) <= set(document_of(challenge).terms_body.split())


def test_index_objects_drops_documents_of_objects_that_are_gone():
    challenge = ChallengeFactory()
    services.index_objects(type_key="challenge", object_ids=[challenge.pk])
    pk = challenge.pk
    Challenge.objects.filter(pk=pk).delete()  # e.g. deleted while the task waited in the queue
    services.index_objects(type_key="challenge", object_ids=[pk])
    assert not SearchDocument.objects.filter(type_key="challenge").exists()


def test_an_unknown_type_key_is_ignored():
    assert services.index_objects(type_key="nie-ma-takiego", object_ids=[1]) == 0
    assert services.remove_objects(type_key="nie-ma-takiego", object_ids=[1]) == 0


def test_rebuild_indexes_everything_and_drops_orphans():
    ChallengeFactory.create_batch(3)
    ProfileFactory()
    content_type = ContentType.objects.get_for_model(Challenge)
    SearchDocument.objects.create(content_type=content_type, object_id=999_999, type_key="challenge", title="Sierota")
    counts = services.rebuild_index()
    assert counts["challenge"] == 3
    assert counts["organisation"] == 3
    assert counts["specialist"] == 1
    assert not SearchDocument.objects.filter(object_id=999_999).exists()
    assert SearchWord.objects.filter(word="cynkiem").exists()


def test_rebuild_of_one_type_leaves_the_others_alone():
    ChallengeFactory()
    services.rebuild_index()
    before = SearchDocument.objects.filter(type_key="organisation").count()
    assert services.rebuild_index(type_keys=["challenge"]) == {"challenge": 1}
    assert SearchDocument.objects.filter(type_key="organisation").count() == before


def test_documents_made_by_another_analysis_are_stale():
    challenge = ChallengeFactory()
    services.rebuild_index()
    SearchDocument.objects.filter(type_key="challenge").update(analysis="v0/old")
    stale = services.stale_object_ids(embedder=None)
    assert stale["challenge"] == [challenge.pk]
    assert stale["organisation"] == []


def test_with_an_embedder_each_document_gets_a_vector_labelled_with_the_model(settings):
    settings.SEARCH_EMBEDDER = "hashing"
    challenge = ChallengeFactory(title="Hałda")
    services.index_objects(type_key="challenge", object_ids=[challenge.pk])
    embedding = document_of(challenge).embedding
    assert embedding.model == "hashing@1"
    assert len(bytes(embedding.vector)) == 64 * 4


def test_a_failing_embedder_leaves_a_lexical_document(caplog):
    class Broken:
        name, version, dim = "broken", "1", 8

        def embed(self, texts):
            raise RuntimeError("model missing")

    challenge = ChallengeFactory(title="Hałda")
    services.index_objects(type_key="challenge", object_ids=[challenge.pk], embedder=Broken())
    document = document_of(challenge)
    assert not SearchVector.objects.filter(document=document).exists()
    assert "hałda" in document.terms_title
    assert "Embedding" in caplog.text
