import numpy as np

from platforma.matching.engine import Item, Matcher, Weights
from platforma.matching.engine.training import fit_weights, objective, prepare, pseudo_queries

ITEMS = [
    Item("old1", ("a", "b"), "soil remediation willows", date="2015-01-01", labels=frozenset({"soil"})),
    Item("old2", ("c",), "wind turbines offshore", date="2015-06-01"),
    Item("old3", ("d",), "heat pumps in schools", date="2016-01-01"),
    Item("new1", ("a", "e"), "soil remediation poplars", date="2017-01-01", labels=frozenset({"soil"})),
    Item("new2", ("c", "b"), "wind turbines onshore", date="2017-06-01"),
]


def test_temporal_questions_see_only_earlier_items_and_keep_answers_with_a_past():
    questions = {q.item: q for q in pseudo_queries(ITEMS, scheme="temporal", later_share=0.4)}
    assert set(questions) == {"new1", "new2"}
    assert questions["new1"].query.exclude_items == frozenset({"new1", "new2"})
    assert questions["new1"].answers == frozenset({"a"})  # "e" has no earlier item
    assert questions["new2"].answers == frozenset({"c", "b"})
    assert questions["new1"].query.labels == frozenset({"soil"})


def test_leave_one_out_hides_only_the_question_itself():
    questions = {q.item: q for q in pseudo_queries(ITEMS, scheme="leave_one_out")}
    assert questions["old1"].query.exclude_items == frozenset({"old1"})
    assert questions["old1"].answers == frozenset({"a", "b"})  # both have another item
    assert "old3" not in questions  # "d" has nothing else


def test_fitting_on_pseudo_queries_does_not_lower_the_objective():
    matcher = Matcher(embedder=None, analyse=str.split, weights=Weights({"lex_soft": 1.0}))
    matcher.add_items(ITEMS)
    prepared = prepare(matcher, pseudo_queries(ITEMS, scheme="leave_one_out"))
    start = Weights({"lex_soft": 1.0})
    before = objective(prepared, start.vector())
    fitted, after = fit_weights(prepared, start=start)
    assert after["recall@10"] + after["ndcg@10"] >= before["recall@10"] + before["ndcg@10"]
    assert fitted.values["lex_soft"] == 1.0  # the anchor keeps the scale
    assert np.isfinite(list(fitted.values.values())).all()


def test_a_gap_hides_what_started_shortly_before_the_question():
    questions = {q.item: q for q in pseudo_queries(ITEMS, scheme="temporal", later_share=0.4, gap_days=400)}
    # new1 (2017-01-01) now sees only what started before 2015-11-28: old3 (2016-01-01) is hidden too.
    assert questions["new1"].query.exclude_items == frozenset({"old3", "new1", "new2"})
    without_gap = {q.item: q for q in pseudo_queries(ITEMS, scheme="temporal", later_share=0.4, gap_days=0)}
    assert without_gap["new2"].query.exclude_items == frozenset({"new2"})
