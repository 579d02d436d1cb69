from platforma.taxonomy.models import Competence
from platforma.taxonomy.services import competence_tree_sync
from platforma.taxonomy.tree import iter_nodes


def _tree(*, label: str = "Nowa dziedzina") -> list:
    return [
        {
            "slug": "nowa-dziedzina",
            "name_pl": label,
            "name_en": "New area",
            "children": [
                {"slug": "nowa-technika", "name_pl": "Nowa technika", "name_en": "New technique", "children": []}
            ],
        }
    ]


def test_sync_is_idempotent_and_restores_labels_edited_away_from_tree_py(db):
    Competence.objects.filter(slug="fitoremediacja").update(name_pl="Zmieniona etykieta")
    count = Competence.objects.count()

    synced = competence_tree_sync()

    assert synced == len(list(iter_nodes()))
    assert Competence.objects.count() == count
    assert Competence.objects.get(slug="fitoremediacja").name_pl == "Fitoremediacja"


def test_sync_creates_new_nodes_with_parent_depth_and_updates_changed_labels(db):
    competence_tree_sync(tree=_tree())
    competence_tree_sync(tree=_tree(label="Dziedzina po zmianie"))

    area = Competence.objects.get(slug="nowa-dziedzina")
    technique = Competence.objects.get(slug="nowa-technika")
    assert area.name_pl == "Dziedzina po zmianie"
    assert (area.parent, area.depth) == (None, 0)
    assert (technique.parent, technique.depth) == (area, 1)
    assert technique.position > area.position


def test_sync_keeps_nodes_that_were_removed_from_the_tree(db):
    competence_tree_sync(tree=_tree())

    competence_tree_sync()

    assert Competence.objects.filter(slug="nowa-dziedzina").exists()
