import logging

import numpy as np
import pytest

from platforma.matching.engine import (
    FEATURES,
    HashingEmbedder,
    Item,
    LinearScorer,
    Matcher,
    Profile,
    Query,
    Weights,
    embedder_key,
)

BYTOM = (50.348, 18.915)
ZABRZE = (50.324, 18.786)
GDANSK = (54.352, 18.646)

EQUAL = Weights({"lex_best": 1.0, "lex_soft": 1.0, "labels": 0.5, "track": 0.1, "proximity": 0.5})


def build(weights=EQUAL, embedder=None):
    matcher = Matcher(embedder=embedder, analyse=str.split, weights=weights)
    matcher.add_profiles(
        [
            Profile("near", location=ZABRZE, labels=frozenset({"soil", "soil/phyto"})),
            Profile("far", location=GDANSK, labels=frozenset({"soil"})),
            Profile("wind", location=BYTOM),
        ]
    )
    matcher.add_items(
        [
            Item("p1", ("near",), "phytoremediation of heavy metals in soil", title="Willows on a spoil heap"),
            Item("p2", ("far",), "phytoremediation of heavy metals in soil"),
            Item("p3", ("wind",), "offshore wind turbines"),
            Item("p4", ("wind", "far"), "wind farms and heavy metals", labels=frozenset({"energy"})),
        ]
    )
    return matcher


def test_scorer_is_a_weighted_sum_of_the_features():
    scorer = LinearScorer(Weights({"lex_soft": 2.0, "track": 0.5}))
    matrix = np.zeros((2, len(FEATURES)))
    matrix[0, FEATURES.index("lex_soft")] = -1.0
    matrix[1, FEATURES.index("track")] = 1.0
    assert scorer.score(matrix).tolist() == [-2.0, 0.5]


def test_the_same_text_ranks_the_profile_that_shares_labels_and_is_nearer_first():
    query = Query("phytoremediation heavy metals soil", labels=frozenset({"soil", "soil/phyto"}), location=BYTOM)
    matches = build().match(query, k=3)
    assert [match.profile for match in matches] == ["near", "far", "wind"]
    top = matches[0]
    assert top.best_item == "p1"
    assert top.shared_labels == ("soil/phyto", "soil")  # rarest first
    assert top.distance_km == pytest.approx(9.5, abs=1.0)
    assert top.features["proximity"] > matches[1].features["proximity"]
    assert matches[1].features["lex_best"] == pytest.approx(1.0)  # p2: the same words without p1's title
    assert top.features["lex_best"] > 0.5
    assert matches[0].score > matches[1].score > matches[2].score


def test_without_place_and_labels_the_text_decides_and_ties_break_by_key():
    matches = build().match(Query("phytoremediation soil"), k=2)
    assert [match.profile for match in matches] == ["far", "near"]  # "far" also has p4 (track record 2)


def test_excluded_items_and_profiles_are_not_used():
    matcher = build()
    query = Query(
        "phytoremediation soil",
        labels=frozenset({"soil/phyto"}),
        exclude_items=frozenset({"p1"}),
        exclude_profiles=frozenset({"far"}),
    )
    matches = matcher.match(query, k=5)
    assert "far" not in [match.profile for match in matches]
    near = next(match for match in matches if match.profile == "near")  # found through its label alone
    assert near.features["lex_best"] == 0.0
    assert near.track_record == 0
    assert near.best_item is None


def test_excluded_items_take_their_labels_back():
    matcher = build()
    with_item = matcher.match(Query("wind", labels=frozenset({"energy"})), k=3)
    assert next(m for m in with_item if m.profile == "wind").shared_labels == ("energy",)
    without = matcher.match(Query("wind", labels=frozenset({"energy"}), exclude_items=frozenset({"p4"})), k=3)
    assert next(m for m in without if m.profile == "wind").shared_labels == ()


def test_removing_items_and_profiles_updates_the_ranking():
    matcher = build()
    matcher.remove_item("p1")
    assert matcher.match(Query("willows spoil heap"), k=3) == []
    matcher.remove_profile("wind")
    assert "wind" not in [m.profile for m in matcher.match(Query("wind turbines"), k=3)]
    assert matcher.item("p3") is None  # its only profile is gone
    assert matcher.item("p4").profiles == ("wind", "far")  # the stored item is unchanged …
    assert [m.profile for m in matcher.match(Query("wind farms"), k=3)] == ["far"]  # … but only "far" has it


def test_a_similar_item_is_named_only_when_it_is_close_to_the_best_match():
    matches = build().match(Query("phytoremediation heavy metals soil wind"), k=3)
    wind = next(match for match in matches if match.profile == "wind")
    assert wind.best_item is None or wind.features["lex_best"] >= 0.5


def test_without_a_model_the_matcher_says_so_and_still_matches(caplog):
    with caplog.at_level(logging.WARNING, logger="platforma.matching"):
        matcher = build()
    assert "without a sentence-embedding model" in caplog.text
    assert matcher.vectors is None
    assert matcher.match(Query("offshore wind"), k=1)[0].profile == "wind"


def test_with_a_model_vectors_are_stored_under_the_model_key_and_used():
    embedder = HashingEmbedder(dim=32)
    weights = Weights({"sem_best": 1.0})
    matcher = build(weights=weights, embedder=embedder)
    assert matcher.vectors_key == "hashing@1"
    assert len(matcher.vectors) == 4
    matches = matcher.match(Query("offshore wind turbines"), k=1)
    assert matches[0].profile == "wind"
    assert matches[0].features["sem_best"] == pytest.approx(1.0, abs=1e-5)


def test_vectors_made_by_another_model_are_embedded_again():
    embedder = HashingEmbedder(dim=8)
    matcher = Matcher(embedder=embedder, analyse=str.split, weights=EQUAL)
    stale = np.ones((1, 8), dtype=np.float32)
    matcher.add_items([Item("p", ("a",), "soil remediation")], vectors=stale, vectors_key="old-model@0")
    assert np.allclose(matcher.item_vector("p"), embedder.embed(["soil remediation"])[0], atol=1e-6)
    current = np.ones((1, 8), dtype=np.float32)
    matcher.add_items([Item("q", ("a",), "anything")], vectors=current, vectors_key=embedder_key(embedder))
    assert np.allclose(matcher.item_vector("q"), current[0] / np.sqrt(8))


def test_weights_can_switch_features_off_for_ablations():
    weights = EQUAL.without("labels", "proximity")
    assert weights.values["labels"] == 0.0
    assert weights.values["lex_soft"] == 1.0
    with pytest.raises(ValueError):
        EQUAL.without("colour")


def test_the_shipped_weights_cover_every_feature_for_both_variants():
    for semantic in (True, False):
        weights = Weights.default(semantic=semantic)
        assert set(weights.values) == set(FEATURES)
        assert weights.provenance
    assert Weights.default(semantic=False).values["sem_best"] == 0.0
