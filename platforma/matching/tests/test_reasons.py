from platforma.matching.engine import Item, Match, as_sentence, explain


def make_match(**fields):
    values = {"profile": "org:1", "score": 1.0, "features": {}} | fields
    return Match(**values)


def test_reasons_name_shared_competences_the_similar_problem_distance_and_track_record():
    match = make_match(
        shared_labels=("fitostabilizacja", "remediacja-gleb"),
        distance_km=14.2,
        track_record=5,
        best_item="challenge:3",
    )
    item = Item("challenge:3", ("org:1",), "Opis", title="Hałda w Bytomiu", kind="challenge")
    names = {"fitostabilizacja": "Fitostabilizacja metali ciężkich", "remediacja-gleb": "Remediacja gleb"}
    reasons = explain(match, item=item, label_names=names)
    assert [reason.kind for reason in reasons] == ["labels", "similar_item", "distance", "track_record"]
    assert as_sentence(reasons) == (
        "wspólne kompetencje: Fitostabilizacja metali ciężkich, Remediacja gleb; "
        "rozwiązany podobny problem: „Hałda w Bytomiu”; odległość: 14 km; liczba wcześniejszych działań: 5"
    )


def test_reasons_are_empty_when_nothing_supports_the_match():
    assert explain(make_match()) == []


def test_short_distances_keep_one_decimal_with_a_comma_and_long_titles_are_cut():
    item = Item("p", ("org:1",), "x", title="Bardzo długi tytuł projektu " * 10, kind="project")
    reasons = explain(make_match(distance_km=3.46), item=item)
    assert reasons[0].text.startswith("podobny projekt: „Bardzo długi tytuł")
    assert reasons[0].text.endswith("…”")
    assert len(reasons[0].text) < 120
    assert reasons[1].text == "odległość: 3,5 km"


def test_at_most_three_labels_are_listed_and_unknown_labels_show_their_key():
    reasons = explain(make_match(shared_labels=("a", "b", "c", "d")))
    assert reasons[0].text == "wspólne kompetencje: a, b, c"


def test_a_matching_profile_description_is_explained_without_a_title():
    item = Item("org:1/opis", ("org:1",), "Zajmujemy się glebą", counts_as_track_record=False)
    assert explain(make_match(), item=item)[0].text == "opis profilu pasuje do problemu"


def test_a_translation_function_is_applied_to_the_templates():
    def translate(message):
        return message.replace("odległość", "distance")

    reasons = explain(make_match(distance_km=20), translate=translate)
    assert reasons[0].text == "distance: 20 km"
