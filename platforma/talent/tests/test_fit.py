"""The competence fit is plain Python: no database."""

from platforma.talent.fit import EXACT, RELATED, ancestors, fit, related_ids

# 1 remediation ─ 2 phytoremediation ─ 3 phytostabilisation
#                                    └ 4 phytoextraction
# 5 water ─ 6 mine water
PARENTS = {1: None, 2: 1, 3: 2, 4: 2, 5: None, 6: 5}


def test_ancestors_climb_to_the_top_of_the_tree():
    assert ancestors(3, PARENTS) == {1, 2}
    assert ancestors(1, PARENTS) == set()


def test_related_nodes_are_those_above_and_below_but_not_siblings_or_the_nodes_themselves():
    assert related_ids({2}, PARENTS) == {1, 3, 4}
    assert related_ids({3}, PARENTS) == {1, 2}
    assert 4 not in related_ids({3}, PARENTS)


def test_the_same_competence_counts_more_than_a_related_one():
    same = fit({3}, {3}, PARENTS)
    near = fit({3}, {2}, PARENTS)

    assert same.score == EXACT
    assert same.exact == {3}
    assert near.score == RELATED
    assert near.related == {2}


def test_an_unrelated_competence_does_not_fit():
    assert fit({3}, {6}, PARENTS).score == 0
    assert fit(set(), {6}, PARENTS).score == 0


def test_scores_add_up_over_several_competences():
    result = fit({3, 6}, {3, 5, 4}, PARENTS)

    assert result.exact == {3}
    assert result.related == {5}
    assert result.score == EXACT + RELATED
