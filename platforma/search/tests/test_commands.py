"""manage.py rebuild_search_index and evaluate_search."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.search import evaluation
from platforma.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


# --- rebuild_search_index -----------------------------------------------------------------------------------


def test_rebuild_indexes_every_registered_object():
    ChallengeFactory.create_batch(2)
    output = run("rebuild_search_index")
    assert "challenge: 2" in output
    assert "organisation: 2" in output
    assert SearchDocument.objects.filter(type_key="challenge").count() == 2


def test_rebuild_of_one_type_and_of_stale_documents_only():
    challenge = ChallengeFactory()
    run("rebuild_search_index", "--type", "challenge")
    assert not SearchDocument.objects.filter(type_key="organisation").exists()
    SearchDocument.objects.filter(object_id=challenge.pk, type_key="challenge").update(analysis="v0")
    output = run("rebuild_search_index", "--stale", "--type", "challenge")
    assert "challenge: 1" in output
    assert SearchDocument.objects.get(type_key="challenge").analysis != "v0"


def test_rebuild_refuses_an_unknown_type():
    with pytest.raises(CommandError, match="Unknown type"):
        run("rebuild_search_index", "--type", "xyz")


# --- evaluate_search ----------------------------------------------------------------------------------------

CORPUS = [
    ("d1", "Hałda", "Rekultywacja hałdy pogórniczej w Radzionkowie trwa od lat."),
    ("d2", "Ścieki", "Oczyszczalnia ścieków komunalnych w Bytomiu przyjmuje też wody opadowe."),
    ("d3", "Smog", "Niska emisja z domowych pieców jest główną przyczyną smogu zimą."),
    ("d4", "Ołów", "Gleby wokół huty zawierają dużo ołowiu i cynku."),
    ("d5", "Woda", "Zasolone wody kopalniane trafiają do rzeki Kłodnicy."),
]
QUERIES = [
    ("q1", "Gdzie rekultywuje się hałdę?", "d1"),
    ("q2", "Co przyjmuje oczyszczalnia ścieków?", "d2"),
    ("q3", "Czym zanieczyszczone są gleby przy hucie?", "d4"),
    ("q4", "Dokąd trafiają wody kopalniane?", "d5"),
]


@pytest.fixture
def dataset(tmp_path):
    with (tmp_path / "corpus.jsonl").open("w", encoding="utf-8") as corpus:
        for doc_id, title, text in CORPUS:
            corpus.write(json.dumps({"_id": doc_id, "title": title, "text": text}, ensure_ascii=False) + "\n")
    with (tmp_path / "queries.jsonl").open("w", encoding="utf-8") as queries:
        for query_id, text, _doc in QUERIES:
            queries.write(json.dumps({"_id": query_id, "text": text}, ensure_ascii=False) + "\n")
    with (tmp_path / "qrels.tsv").open("w", encoding="utf-8") as qrels:
        qrels.write("query-id\tcorpus-id\tscore\n")
        for query_id, _text, doc_id in QUERIES:
            qrels.write(f"{query_id}\t{doc_id}\t1\n")
    return tmp_path


def test_evaluate_search_writes_the_run_and_prints_the_scores(dataset, tmp_path):
    out_path = tmp_path / "run.tsv"
    output = run("evaluate_search", "--data", str(dataset), "--run", str(out_path), "--embedder", "none")
    rows = [line.split("\t") for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert all(len(row) == 4 for row in rows)
    firsts = {row[0]: row[1] for row in rows if row[2] == "1"}
    assert firsts == {query_id: doc_id for query_id, _text, doc_id in QUERIES}
    ranks = [int(row[2]) for row in rows if row[0] == "q1"]
    assert ranks == list(range(1, len(ranks) + 1))
    assert "nDCG@10    1.0000" in output
    assert "Recall@10  1.0000" in output


def test_evaluate_search_leaves_the_site_index_alone(dataset, tmp_path):
    ChallengeFactory(title="Hałda")
    run("rebuild_search_index")
    before = list(SearchDocument.objects.values_list("pk", "title"))
    run("evaluate_search", "--data", str(dataset), "--run", str(tmp_path / "run.tsv"), "--embedder", "none")
    assert list(SearchDocument.objects.values_list("pk", "title")) == before


def test_evaluate_search_reads_the_judgements_only_after_writing_the_run(dataset, tmp_path, monkeypatch):
    out_path = tmp_path / "run.tsv"
    read = evaluation.read_qrels

    def checked(path):
        assert out_path.is_file() and out_path.stat().st_size > 0
        return read(path)

    monkeypatch.setattr(evaluation, "read_qrels", checked)
    run("evaluate_search", "--data", str(dataset), "--run", str(out_path), "--embedder", "none")


def test_evaluate_search_works_without_judgements_and_with_embeddings(dataset, tmp_path):
    (dataset / "qrels.tsv").unlink()
    output = run("evaluate_search", "--data", str(dataset), "--run", str(tmp_path / "run.tsv"), "--embedder", "hashing")
    assert "No qrels.tsv" in output
    assert (tmp_path / "run.tsv").read_text(encoding="utf-8").count("\n") >= len(QUERIES)


def test_evaluate_search_refuses_a_directory_without_a_corpus(tmp_path):
    with pytest.raises(CommandError, match=r"corpus\.jsonl"):
        run("evaluate_search", "--data", str(tmp_path), "--run", str(tmp_path / "run.tsv"))


def test_ndcg_and_recall_follow_their_definitions():
    relevance = {"a": 1, "b": 1}
    assert evaluation.ndcg_at(["a", "b", "c"], relevance) == pytest.approx(1.0)
    assert evaluation.ndcg_at(["c", "a"], relevance) == pytest.approx((1 / 1.5849625) / (1 + 1 / 1.5849625))
    assert evaluation.recall_at(["c", "a"], relevance) == 0.5
    assert evaluation.scores({}, {"q": relevance}) == {
        "ndcg@10": 0.0,
        "recall@10": 0.0,
        "recall@100": 0.0,
        "queries": 1,
    }
