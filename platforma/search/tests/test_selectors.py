"""Searching: Polish inflection, ranking (the same BM25 on SQLite and PostgreSQL), visibility, facets,
"did you mean". These tests run on both databases; the same queries must find the same things."""

import math
from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management.color import no_style
from django.db import connection

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory, ProposalFactory
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.search import services
from platforma.search.engine.backends import backend_for
from platforma.search.engine.ranking import BODY_WEIGHT, K1, TITLE_WEIGHT, B, query_terms
from platforma.search.models import SearchDocument, SearchVector
from platforma.search.selectors import rank, search_page
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def found(user, query, **params) -> list[str]:
    page = search_page(user=user, query=query, params=params, page_param=None)
    return [str(result.title).replace("<mark>", "").replace("</mark>", "") for result in page.results]


# --- Polish ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("rekultywacji hałd", "Rekultywacja hałdy pogórniczej w Radzionkowie"),
        ("hałdę", "Rekultywacja hałdy pogórniczej w Radzionkowie"),
        ("oczyszczanie ścieków", "Ścieki z zakładu galwanicznego"),
        ("wód kopalnianych", "Zasolone wody kopalniane w Bytomiu"),
        ("zanieczyszczeń gleby", "Zanieczyszczenie gleb ołowiem"),
        ("ołowiu", "Zanieczyszczenie gleb ołowiem"),
        ("bioremediację", "Bioremediacja gruntu po stacji paliw"),
    ],
)
def test_a_query_in_another_inflection_finds_the_challenge(reindex, query, title):
    for name in (
        "Rekultywacja hałdy pogórniczej w Radzionkowie",
        "Ścieki z zakładu galwanicznego",
        "Zasolone wody kopalniane w Bytomiu",
        "Zanieczyszczenie gleb ołowiem",
        "Bioremediacja gruntu po stacji paliw",
    ):
        ChallengeFactory(title=name, description="Opis problemu.")
    reindex()
    assert found(ANONYMOUS, query, type="challenge")[0] == title


def test_a_title_match_ranks_above_a_mention_in_the_body(reindex):
    ChallengeFactory(title="Monitoring powietrza", description="Czujniki pyłów; obok jest hałda.")
    ChallengeFactory(title="Hałda przy szkole", description="Czujniki pyłów przy boisku.")
    reindex()
    assert found(ANONYMOUS, "hałda", type="challenge") == ["Hałda przy szkole", "Monitoring powietrza"]


def expected_bm25(terms) -> dict[int, float]:
    """BM25 as the module docstring of engine.backends writes it, computed by hand from the stored terms."""
    documents = list(SearchDocument.objects.values("pk", "terms_title", "terms_body"))
    lengths = {d["pk"]: len(d["terms_title"].split()) + len(d["terms_body"].split()) for d in documents}
    average = sum(lengths.values()) / len(lengths)
    expected: dict[int, float] = {}
    for term in terms:
        with_term = [d for d in documents if term in f"{d['terms_title']} {d['terms_body']}".split()]
        idf = max(math.log((len(documents) - len(with_term) + 0.5) / (len(with_term) + 0.5)), 1e-6)
        for d in with_term:
            f = (
                TITLE_WEIGHT * Counter(d["terms_title"].split())[term]
                + BODY_WEIGHT * Counter(d["terms_body"].split())[term]
            )
            norm = K1 * (1 - B + B * lengths[d["pk"]] / average)
            expected[d["pk"]] = expected.get(d["pk"], 0.0) + idf * f * (K1 + 1) / (f + norm)
    return expected


def assert_scores_follow_the_formula(query: str) -> None:
    terms = query_terms(query)
    got = dict(backend_for(connection).candidates(connection, terms, limit=50))
    expected = expected_bm25(terms)
    assert got.keys() == expected.keys()
    for pk, score in expected.items():
        assert got[pk] == pytest.approx(score, rel=1e-9)


def test_bm25_scores_are_the_documented_formula_on_this_database(reindex):
    """FTS5 computes BM25 itself and PostgreSQL in SQL: both must give the formula's numbers exactly."""
    ChallengeFactory(title="Hałda i hałda", description="Pylenie z hałdy w Bytomiu.")
    ChallengeFactory(title="Osady", description="Osady w stawie, hałda obok.")
    ChallengeFactory(title="Ścieki", description="Oczyszczalnia ścieków komunalnych.")
    ChallengeFactory(title="Smog", description="Niska emisja w mieście.")
    reindex()
    assert_scores_follow_the_formula("hałda osady")


def test_the_index_and_its_statistics_follow_replacements_updates_and_deletions(reindex):
    """PostgreSQL keeps postings, document counts and lengths by triggers, FTS5 by its own: after every kind of
    write both still score by the formula over what is stored."""
    kept = ChallengeFactory(title="Hałda", description="Pylenie z hałdy.")
    edited = ChallengeFactory(title="Osady", description="Osady w stawie.")
    gone = ChallengeFactory(title="Hałda przy stawie", description="Osady i hałda.")
    ChallengeFactory(title="Smog", description="Niska emisja.")
    reindex()
    kept.description = "Pylenie z hałdy i osady w rowie, osady wszędzie."
    kept.save()
    services.index_objects(type_key="challenge", object_ids=[kept.pk], embedder=None)  # delete + insert
    document = SearchDocument.objects.get(object_id=edited.pk, type_key="challenge")
    SearchDocument.objects.filter(pk=document.pk).update(  # an UPDATE in place
        terms_title="hałda hałda", terms_body="staw", length=3, tf={"hałda": [2, 0], "staw": [0, 1]}
    )
    gone.delete()
    services.remove_objects(type_key="challenge", object_ids=[gone.pk])
    assert_scores_follow_the_formula("hałda osady staw")


def test_emptying_the_document_table_empties_the_full_text_index(reindex):
    ChallengeFactory(title="Hałda", description="Pylenie z hałdy.")
    reindex()
    assert backend_for(connection).candidates(connection, ["hałda"], limit=5)
    # What Django's flush runs between transactional tests: DELETE on SQLite, TRUNCATE on PostgreSQL.
    tables = [SearchVector._meta.db_table, SearchDocument._meta.db_table]
    statements = connection.ops.sql_flush(no_style(), tables)
    connection.check_constraints()  # PostgreSQL refuses TRUNCATE while deferred foreign-key checks are pending
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    assert backend_for(connection).candidates(connection, ["hałda"], limit=5) == []
    ChallengeFactory(title="Osady", description="Osady w stawie.")
    reindex()
    assert_scores_follow_the_formula("hałda osady")


def test_at_scale_common_terms_are_left_out_and_only_the_newest_matches_are_ranked(reindex, monkeypatch):
    """The work bounds of a large index, shrunk to a handful of documents; both databases apply them alike."""
    from platforma.search.engine import ranking

    for number in range(6):
        ChallengeFactory(title=f"Hałda numer {number}", description="Pylenie." if number % 2 else "Cynk.")
    reindex()
    monkeypatch.setattr(ranking, "SCORING_BUDGET", 3)
    monkeypatch.setattr(ranking, "SCAN_LIMIT", 2)
    backend = backend_for(connection)
    # "hałda" is in all six: next to the rarer "pylenie" (three) it is left out.
    ids = dict(SearchDocument.objects.filter(type_key="challenge").values_list("title", "pk"))
    pylenie = backend.candidates(connection, query_terms("hałda pylenie"), limit=10)
    assert [pk for pk, _ in pylenie] and {pk for pk, _ in pylenie} <= {ids[f"Hałda numer {n}"] for n in (1, 3, 5)}
    assert len(pylenie) == 2  # only the two newest of the three are ranked
    assert {pk for pk, _ in pylenie} == {ids["Hałda numer 5"], ids["Hałda numer 3"]}
    # Alone, the common term is still searched, over its newest matches.
    assert len(backend.candidates(connection, query_terms("hałda"), limit=10)) == 2


def test_with_embeddings_the_ranking_still_finds_the_words(settings, reindex):
    settings.SEARCH_EMBEDDER = "hashing"
    ChallengeFactory(title="Hałda przy szkole")
    ChallengeFactory(title="Smog nad miastem")
    reindex()
    hits = rank("hałda", embedder=services.configured_embedder())
    assert hits[0].semantic is not None
    assert found(ANONYMOUS, "hałda", type="challenge") == ["Hałda przy szkole"]


# --- visibility -----------------------------------------------------------------------------------------------

SECRET = "Tajemnicza hałda cynkowa"

# Which personas see a challenge of "ziemia" (bogdan's and celina's organisation) in each state.
VISIBILITY = {
    "public": {"anonymous", "olek", "dawid", "ewa", "bogdan", "celina", "anna"},
    "members": {"ewa", "bogdan", "celina", "anna"},
    "restricted_to_woda": {"ewa", "bogdan", "celina", "anna"},
    "restricted_to_nobody": {"bogdan", "celina", "anna"},
    "draft": {"bogdan", "celina", "anna"},
    "hidden": {"bogdan", "celina", "anna"},
}


def make_challenge(state, ziemia, woda):
    if state == "draft":
        return DraftChallengeFactory(title=SECRET, organisation=ziemia)
    if state == "hidden":
        return ChallengeFactory(title=SECRET, organisation=ziemia, is_hidden=True)
    if state == "members":
        return ChallengeFactory(title=SECRET, organisation=ziemia, visibility=Visibility.MEMBERS)
    if state == "restricted_to_woda":
        return ChallengeFactory(title=SECRET, organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda])
    if state == "restricted_to_nobody":
        return ChallengeFactory(title=SECRET, organisation=ziemia, visibility=Visibility.RESTRICTED)
    return ChallengeFactory(title=SECRET, organisation=ziemia)


@pytest.mark.parametrize("state", VISIBILITY)
@pytest.mark.parametrize("persona", ["anonymous", "olek", "dawid", "ewa", "bogdan", "celina", "anna"])
def test_search_shows_a_challenge_exactly_to_those_who_may_open_it(request, reindex, ziemia, woda, state, persona):
    user = ANONYMOUS if persona == "anonymous" else request.getfixturevalue(persona)
    make_challenge(state, ziemia, woda)
    ChallengeFactory(title="Jawna hałda", organisation=woda, city="Zabrze")
    reindex()
    page = search_page(user=user, query="hałda cynkowa", params={"type": "challenge"}, page_param=None)
    titles = [str(r.title) for r in page.results]
    sees = persona in VISIBILITY[state]
    assert any("Tajemnicza" in t for t in titles) is sees
    # Not even as a count: the total and the facets count only what the person may open.
    assert page.total == (2 if sees else 1)
    assert {f.value: f.count for f in page.facets["type"]} == {"challenge": 2 if sees else 1}
    assert {f.value: f.count for f in page.facets["city"]} == ({"Bytom": 1, "Zabrze": 1} if sees else {"Zabrze": 1})


def test_a_withdrawn_proposal_is_found_only_by_its_author_the_owner_and_the_coordinator(
    reindex, ziemia, bogdan, ewa, olek, anna
):
    challenge = ChallengeFactory(organisation=ziemia)
    author = UserFactory()
    ProposalFactory(
        challenge=challenge, author=author, title="Fitostabilizacja kostrzewą", status=ProposalStatus.WITHDRAWN
    )
    reindex()
    for user, sees in [(author, True), (bogdan, True), (anna, True), (ewa, False), (olek, False), (ANONYMOUS, False)]:
        assert bool(found(user, "fitostabilizacja", type="proposal")) is sees


def test_a_proposal_to_a_members_only_challenge_is_hidden_from_outsiders(reindex, ziemia, ewa, olek):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.MEMBERS)
    ProposalFactory(challenge=challenge, title="Fitostabilizacja kostrzewą")
    reindex()
    assert found(ewa, "fitostabilizacji", type="proposal") == ["Fitostabilizacja kostrzewą"]
    assert found(olek, "fitostabilizacji", type="proposal") == []
    assert found(ANONYMOUS, "fitostabilizacji", type="proposal") == []


@pytest.mark.parametrize(
    ("visibility", "active", "seen_by"),
    [
        (ProfileVisibility.PUBLIC, True, {"anonymous", "olek", "ewa", "owner"}),
        (ProfileVisibility.MEMBERS, True, {"ewa", "owner"}),
        (ProfileVisibility.PRIVATE, True, {"owner"}),
        (ProfileVisibility.PUBLIC, False, {"owner"}),
    ],
)
def test_a_specialist_profile_is_found_as_its_visibility_allows(reindex, olek, ewa, visibility, active, seen_by):
    owner = UserFactory(first_name="Halina", last_name="Hydrolog", is_active=active)
    ProfileFactory(user=owner, visibility=visibility, bio="Hydrogeologia i wody podziemne.")
    reindex()
    users = {"anonymous": ANONYMOUS, "olek": olek, "ewa": ewa, "owner": owner}
    for name, user in users.items():
        assert bool(found(user, "hydrogeologii", type="specialist")) is (name in seen_by), name


def test_an_application_is_found_only_by_its_own_people_and_the_coordinator(reindex, anna, olek):
    applicant = OrganisationFactory(name="Geotermia Beskidy", cluster_status=ClusterStatus.APPLICANT)
    representative = UserFactory()
    applicant.memberships.create(user=representative)
    reindex()
    assert found(representative, "geotermii", type="organisation") == ["Geotermia Beskidy"]
    assert found(anna, "geotermii", type="organisation") == ["Geotermia Beskidy"]
    assert found(olek, "geotermii", type="organisation") == []
    assert found(ANONYMOUS, "geotermii", type="organisation") == []


def test_a_change_of_visibility_applies_at_once_without_reindexing(reindex, ziemia):
    challenge = ChallengeFactory(title=SECRET, organisation=ziemia)
    reindex()
    assert found(ANONYMOUS, "hałda cynkowa")
    type(challenge).objects.filter(pk=challenge.pk).update(visibility=Visibility.MEMBERS)  # no signal, no task
    assert found(ANONYMOUS, "hałda cynkowa", type="challenge") == []


# --- filters and facets ---------------------------------------------------------------------------------------


@pytest.fixture
def mixed(reindex):
    soil = CompetenceFactory(slug="gleby-test", name_pl="Remediacja gleb", name_en="Soil remediation")
    water = CompetenceFactory(slug="wody-test", name_pl="Wody kopalniane", name_en="Mine water")
    ChallengeFactory(title="Hałda w Bytomiu", city="Bytom", competences=[soil])
    ChallengeFactory(title="Hałda w Zabrzu", city="Zabrze", competences=[soil, water])
    OrganisationFactory(name="Hałdy Serwis", city="Bytom").competences.set([soil])
    reindex()
    return {"soil": soil, "water": water}


def test_facets_count_types_competences_and_towns(mixed):
    page = search_page(user=ANONYMOUS, query="hałda", params={}, page_param=None)
    assert page.total == 3
    assert {f.value: f.count for f in page.facets["type"]} == {"challenge": 2, "organisation": 1}
    competences = {f.label: f.count for f in page.facets["competence"]}
    assert competences == {"Remediacja gleb": 3, "Wody kopalniane": 1}
    assert {f.value: f.count for f in page.facets["city"]} == {"Bytom": 2, "Zabrze": 1}


def test_filters_narrow_the_results_and_each_facet_counts_under_the_others(mixed):
    page = search_page(user=ANONYMOUS, query="hałda", params={"city": "bytom"}, page_param=None)
    assert page.total == 2
    # The town facet still offers the other town; the type facet counts within Bytom.
    assert {f.value: f.count for f in page.facets["city"]} == {"Bytom": 2, "Zabrze": 1}
    assert {f.value: f.count for f in page.facets["type"]} == {"challenge": 1, "organisation": 1}
    water = search_page(user=ANONYMOUS, query="hałda", params={"competence": str(mixed["water"].pk)}, page_param=None)
    assert [str(r.title) for r in water.results] == ["<mark>Hałda</mark> w Zabrzu"]


def test_facet_links_keep_the_query_and_toggle_their_value(mixed):
    page = search_page(user=ANONYMOUS, query="hałda", params={"type": "challenge"}, page_param="1")
    links = {f.value: f.url for f in page.facets["type"]}
    assert links["challenge"] == "?q=ha%C5%82da"  # chosen: the link removes it
    assert links["organisation"] == "?q=ha%C5%82da&type=organisation"


@pytest.mark.parametrize(
    "params",
    [{"type": "xyz"}, {"competence": "abc"}, {"competence": "-5"}, {"competence": "9" * 30}, {"city": "\x00"}],
)
def test_malformed_filters_are_ignored(mixed, params):
    page = search_page(user=ANONYMOUS, query="hałda", params=params, page_param=None)
    assert page.total == 3
    assert page.filters == {}


def test_a_query_of_stop_words_and_punctuation_searches_nothing(mixed, django_assert_num_queries):
    with django_assert_num_queries(0):
        page = search_page(user=ANONYMOUS, query=" ?!… i w na ", params={}, page_param=None)
    assert page.terms == []
    assert page.total == 0


# --- did you mean ---------------------------------------------------------------------------------------------


def test_a_word_typed_without_polish_letters_gets_a_suggestion(reindex):
    ChallengeFactory(title="Oczyszczanie ścieków przemysłowych")
    reindex()
    page = search_page(user=ANONYMOUS, query="oczyszczanie sciekow", params={}, page_param=None)
    assert page.suggestion is not None
    assert page.suggestion.query == "oczyszczanie ścieków"
    assert page.suggestion.words == [("oczyszczanie", False), ("ścieków", True)]


def test_a_typo_gets_a_suggestion_and_a_known_word_does_not(reindex):
    ChallengeFactory(title="Rekultywacja hałdy")
    reindex()
    assert search_page(user=ANONYMOUS, query="rekluytwacja", params={}, page_param=None).suggestion.query == (
        "rekultywacja"
    )
    assert search_page(user=ANONYMOUS, query="rekultywacji", params={}, page_param=None).suggestion is None


def test_a_suggestion_never_reveals_a_word_of_a_hidden_challenge(reindex, ziemia, ewa, olek):
    ChallengeFactory(title="Fitostabilizacja hałdy", organisation=ziemia, visibility=Visibility.MEMBERS)
    reindex()
    assert search_page(user=olek, query="fitsotabilizacja", params={}, page_param=None).suggestion is None
    assert search_page(user=ANONYMOUS, query="fitsotabilizacja", params={}, page_param=None).suggestion is None
    suggestion = search_page(user=ewa, query="fitsotabilizacja", params={}, page_param=None).suggestion
    assert suggestion is not None and suggestion.query == "fitostabilizacja"


def test_results_beyond_the_last_page_are_not_found(reindex):
    ChallengeFactory(title="Hałda")
    reindex()
    from django.http import Http404

    with pytest.raises(Http404):
        search_page(user=ANONYMOUS, query="hałda", params={}, page_param="99")
    assert search_page(user=ANONYMOUS, query="hałda", params={}, page_param="abc").page.number == 1


def test_an_archived_challenge_is_still_found(reindex):
    ChallengeFactory(title="Hałda zamknięta", status=ChallengeStatus.ARCHIVED)
    reindex()
    assert found(ANONYMOUS, "hałda") == ["Hałda zamknięta"]
