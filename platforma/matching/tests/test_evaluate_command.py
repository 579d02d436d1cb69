import csv
import json

import pytest
from django.core.management import call_command

from platforma.matching import evaluation

ORGANISATIONS = [
    {"org_id": "O1", "name": "Soil Lab", "country": "PL", "project_ids": ["P1", "P3"]},
    {"org_id": "O2", "name": "Wind Works", "country": "", "project_ids": ["P2"]},
    {"org_id": "O3", "name": "Water Institute", "country": "DE", "project_ids": ["P3", "P4"]},
    {"org_id": "O4", "name": "Heat Pumps Ltd", "country": "", "project_ids": ["P4"]},
]
PROJECTS = [
    (
        "P1",
        "Willows",
        "Phytoremediation of soil polluted with heavy metals.",
        "2015-01-01",
        "H2020-EU.3.5.",
        "SC5-1-2014",
        ["O1"],
    ),
    (
        "P2",
        "Blades",
        "Offshore wind turbine blades and their maintenance.",
        "2015-06-01",
        "H2020-EU.3.3.2.",
        "LCE-1-2015",
        ["O2"],
    ),
    (
        "P3",
        "Sediments",
        "Heavy metals in river sediments and groundwater.",
        "2016-01-01",
        "H2020-EU.3.5.",
        "SC5-2-2016",
        ["O1", "O3"],
    ),
    (
        "P4",
        "Schools",
        "Heat pumps and groundwater wells for schools.",
        "2017-01-01",
        "H2020-EU.3.3.1.",
        "EE-1-2016",
        ["O3", "O4"],
    ),
]
QUERIES = [
    {
        "_id": "Q1",
        "text": "Soil and groundwater polluted with heavy metals.",
        "programme": "H2020-EU.3.5.",
        "topic": "SC5-9-2018",
    },
    {
        "_id": "Q2",
        "text": "Maintenance robots for wind turbines.",
        "programme": "H2020-EU.3.3.2.",
        "topic": "LC-1-2019",
    },
]
QRELS = [("Q1", "O1", 1), ("Q1", "O3", 1), ("Q2", "O2", 1)]


def write_dataset(directory):
    directory.mkdir()
    with (directory / "organisations.jsonl").open("w") as out:
        out.writelines(json.dumps(row) + "\n" for row in ORGANISATIONS)
    with (directory / "projects.jsonl").open("w") as out:
        for pid, title, objective, start, programme, topic, orgs in PROJECTS:
            row = {"project_id": pid, "acronym": title.upper(), "title": title, "objective": objective,
                   "start_date": start, "programme": programme, "topic": topic, "org_ids": orgs}  # fmt: skip
            out.write(json.dumps(row) + "\n")
    with (directory / "queries.jsonl").open("w") as out:
        out.writelines(json.dumps(row | {"acronym": "X", "start_date": "2019-01-01"}) + "\n" for row in QUERIES)
    with (directory / "qrels.tsv").open("w") as out:
        out.write("query-id\torg-id\tscore\n")
        out.writelines(f"{q}\t{o}\t{s}\n" for q, o, s in QRELS)
    return directory


@pytest.fixture
def dataset(tmp_path):
    return write_dataset(tmp_path / "data")


def read_run(path):
    with path.open() as lines:
        return list(csv.reader(lines, delimiter="\t"))


def test_the_command_writes_a_ranked_run_and_prints_the_scores(dataset, tmp_path, capsys):
    run = tmp_path / "out.tsv"
    call_command("evaluate_matching", "--data", str(dataset), "--run", str(run), "--no-embeddings")
    rows = read_run(run)
    assert rows[0] == ["query-id", "org-id", "rank", "score"]
    body = rows[1:]
    assert {row[0] for row in body} == {"Q1", "Q2"}
    for query in ("Q1", "Q2"):
        ranked = [row for row in body if row[0] == query]
        assert [int(row[2]) for row in ranked] == list(range(1, len(ranked) + 1))
        scores = [float(row[3]) for row in ranked]
        assert scores == sorted(scores, reverse=True)
        assert len({row[1] for row in ranked}) == len(ranked)
    assert next(row[1] for row in body if row[0] == "Q2") == "O2"
    output = capsys.readouterr().out
    assert "Recall@10" in output
    assert "nDCG@10" in output
    assert "MRR" in output


def test_qrels_are_read_only_after_the_run_is_complete(dataset, tmp_path, monkeypatch):
    run = tmp_path / "out.tsv"
    seen = {}
    original = evaluation.read_qrels

    def spying_read_qrels(path):
        seen["run_rows"] = len(read_run(run)) if run.exists() else None
        return original(path)

    monkeypatch.setattr(evaluation, "read_qrels", spying_read_qrels)
    call_command("evaluate_matching", "--data", str(dataset), "--run", str(run), "--no-embeddings")
    assert seen["run_rows"] == len(read_run(run)) > 1


def test_loading_the_data_never_opens_qrels(dataset, monkeypatch):
    (dataset / "qrels.tsv").unlink()
    loaded = evaluation.load_dataset(dataset)
    assert [profile.key for profile in loaded.profiles] == ["O1", "O2", "O3", "O4"]
    assert {item.key: item.profiles for item in loaded.items}["P3"] == ("O1", "O3")
    assert "programme:H2020-EU.3.5" in loaded.queries[0][1].labels
    assert "topic:SC5" in loaded.queries[0][1].labels


def test_scores_can_be_computed_by_hand_for_the_tiny_set(dataset, tmp_path):
    loaded = evaluation.load_dataset(dataset)
    matcher = evaluation.build_matcher(loaded, embedder=None, weights=None)
    run = evaluation.write_run(matcher, loaded.queries, tmp_path / "out.tsv")
    scores = evaluation.score_run(run, dataset / "qrels.tsv")
    assert scores["queries"] == 2
    assert scores["recall@10"] == pytest.approx(1.0)  # four organisations: every one is in the top ten
    assert 0 < scores["mrr"] <= 1


def test_programme_and_topic_codes_become_hierarchical_labels():
    assert evaluation.hierarchy_labels("H2020-EU.3.3.2.", separator=".", prefix="p") == {
        "p:H2020-EU",
        "p:H2020-EU.3",
        "p:H2020-EU.3.3",
        "p:H2020-EU.3.3.2",
    }
    assert evaluation.record_labels({"programme": "A.1.;B.2.", "topic": "LCE-07-2016"}) == {
        "programme:A",
        "programme:A.1",
        "programme:B",
        "programme:B.2",
        "topic:LCE",
        "topic:LCE-07",
        "topic:LCE-07-2016",
    }


def test_a_missing_file_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"organisations\.jsonl"):
        call_command("evaluate_matching", "--data", str(tmp_path), "--run", str(tmp_path / "out.tsv"))


def test_fitting_on_the_data_and_an_ablation_run_too(dataset, tmp_path, capsys):
    saved = tmp_path / "weights.json"
    call_command(
        "evaluate_matching",
        "--data", str(dataset), "--run", str(tmp_path / "out.tsv"), "--no-embeddings",
        "--fit", "--save-weights", str(saved), "--drop", "labels", "--ablation",
    )  # fmt: skip
    output = capsys.readouterr().out
    assert "fitted on" in output
    assert "ablation: without labels" in output
    assert "text only" in output
    assert json.loads(saved.read_text())["weights"]["lex_soft"] == 1.0
