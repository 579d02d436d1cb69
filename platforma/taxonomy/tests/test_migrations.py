import importlib

from django.apps import apps

from platforma.taxonomy.models import Competence
from platforma.taxonomy.tree import iter_nodes


def test_the_data_migration_loaded_the_whole_tree_in_two_to_three_levels(db):
    nodes = list(Competence.objects.select_related("parent"))

    assert len(nodes) >= 40
    assert {node.depth for node in nodes} == {0, 1, 2}
    assert Competence.objects.roots().count() >= 12
    for node in nodes:
        assert node.name_pl.strip() and node.name_en.strip()
        assert node.depth == (node.parent.depth + 1 if node.parent else 0)


def test_the_tree_is_stored_in_pre_order_with_polish_and_english_labels(db):
    expected = [(node["slug"], parent, node["name_pl"], node["name_en"]) for node, parent, _ in iter_nodes()]

    stored = [
        (c.slug, c.parent.slug if c.parent else None, c.name_pl, c.name_en)
        for c in Competence.objects.select_related("parent").order_by("position")
    ]

    assert stored == expected
    soil = Competence.objects.get(slug="remediacja-gleb")
    assert soil.name_pl == "Remediacja gleb i wód podziemnych"
    assert soil.name_en == "Remediation of soil and groundwater"


def test_reversing_the_data_migration_empties_the_tree_children_first(db):
    migration = importlib.import_module("platforma.taxonomy.migrations.0002_load_competence_tree")

    migration.unload_tree(apps, None)

    assert Competence.objects.count() == 0


def test_the_data_migration_can_run_again_without_duplicates(db):
    migration = importlib.import_module("platforma.taxonomy.migrations.0002_load_competence_tree")
    before = Competence.objects.count()

    migration.load_tree(apps, None)

    assert Competence.objects.count() == before
