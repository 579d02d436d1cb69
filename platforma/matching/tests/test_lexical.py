import numpy as np
import pytest

from platforma.matching.engine import Item, LexicalIndex, Matcher, Profile, Query, Weights

QUERY = ["soil", "phytoremediation", "heavy", "metals"]
UNRELATED = [
    "offshore wind turbine blade maintenance and inspection robots",
    "hydrogen fuel cell stacks for heavy duty trucks and buses",
    "smart grid demand response for households and district heating",
    "solar photovoltaic modules made of perovskite and silicon tandem cells",
    "battery storage for islands with diesel generators and microgrids",
    "building insulation retrofit with bio based materials and heat pumps",
    "carbon capture at cement plants with calcium looping and oxyfuel",
    "urban mobility with electric bikes shared cars and public transport",
]


def scores_by_key(index: LexicalIndex, keys: dict[int, str], terms: list[str]) -> dict[str, float]:
    ids, scores = index.scores(terms)
    return {keys[int(i)]: float(s) for i, s in zip(ids, scores, strict=True)}


def test_best_item_beats_one_long_concatenated_profile():
    # "generalist" did exactly this once among many other projects; "specialist" only brushed against it.
    generalist = ["phytoremediation of soil polluted with heavy metals by willows", *UNRELATED]
    specialist = ["heavy metals in river sediments", "soil sealing in cities", "soil erosion on farms"]

    others = {f"other{i}": [text] for i, text in enumerate(UNRELATED)}  # a collection, so that idf means something
    profiles = {"generalist": generalist, "specialist": specialist} | others

    concatenated = LexicalIndex()
    for number, texts in enumerate(profiles.values()):
        concatenated.add(number, " ".join(texts).split())
    flat = scores_by_key(concatenated, dict(enumerate(profiles)), QUERY)
    assert flat["specialist"] > flat["generalist"], "the long profile is diluted when concatenated"

    matcher = Matcher(embedder=None, analyse=str.split, weights=Weights({"lex_best": 1.0}))
    for key, texts in profiles.items():
        matcher.add_items([Item(f"{key}/{i}", (key,), text) for i, text in enumerate(texts)])
    ranked = [match.profile for match in matcher.match(Query(" ".join(QUERY)))]
    assert ranked[0] == "generalist"


def test_scores_follow_okapi_bm25_for_a_single_term():
    index = LexicalIndex(k1=1.2, b=0.75)
    index.add(1, ["soil", "soil", "water"])
    index.add(2, ["water"])
    ids, scores = index.scores(["soil"])
    assert ids.tolist() == [1]
    idf = np.log(1 + (2 - 1 + 0.5) / (1 + 0.5))
    norm = 1.2 * (1 - 0.75 + 0.75 * 3 / 2)
    assert scores[0] == pytest.approx(idf * 2 * 2.2 / (2 + norm))


def test_removed_items_are_not_found_and_replaced_items_use_their_new_terms():
    index = LexicalIndex()
    index.add(1, ["soil"])
    index.add(2, ["soil", "water"])
    index.remove(1)
    index.add(2, ["air"])
    assert index.scores(["soil"])[0].tolist() == []
    assert index.scores(["air"])[0].tolist() == [2]
    assert len(index) == 1


def test_compaction_after_many_removals_keeps_the_remaining_items():
    index = LexicalIndex()
    for number in range(40):
        index.add(number, ["soil", f"word{number}"])
    for number in range(30):
        index.remove(number)
    ids, _ = index.scores(["soil"])
    assert sorted(ids.tolist()) == list(range(30, 40))
    assert index.scores(["word35"])[0].tolist() == [35]


def test_a_query_without_known_terms_finds_nothing():
    index = LexicalIndex()
    assert index.scores(["soil"])[0].tolist() == []
    index.add(1, ["water"])
    assert index.scores(["soil"])[0].tolist() == []


def test_profiles_without_items_can_still_match_on_labels():
    matcher = Matcher(embedder=None, analyse=str.split, weights=Weights({"labels": 1.0}))
    matcher.add_profiles([Profile("expert", labels=frozenset({"remediation"}))])
    matcher.add_items([Item("i1", ("other",), "wind turbines")])
    matches = matcher.match(Query("soil", labels=frozenset({"remediation"})))
    assert matches[0].profile == "expert"
    assert matches[0].shared_labels == ("remediation",)
