import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from platforma.taxonomy.models import Competence
from platforma.taxonomy.tests.factories import CompetenceFactory


def test_a_fourth_level_is_refused_with_a_polish_message(db):
    leaf = Competence.objects.get(slug="fitostabilizacja")
    node = Competence(slug="za-gleboko", name_pl="Za głęboko", name_en="Too deep", parent=leaf)

    with pytest.raises(ValidationError) as error:
        node.full_clean()

    assert "najwyżej trzy poziomy" in str(error.value)


def test_moving_a_branch_under_a_leaf_is_refused_because_it_would_grow_too_deep(db):
    branch = Competence.objects.get(slug="fitoremediacja")
    branch.parent = Competence.objects.get(slug="bioremediacja")

    with pytest.raises(ValidationError):
        branch.full_clean()


def test_a_node_cannot_become_its_own_ancestor(db):
    area = Competence.objects.get(slug="remediacja-gleb")
    area.parent = Competence.objects.get(slug="fitoremediacja")

    with pytest.raises(ValidationError) as error:
        area.full_clean()

    assert "sama dla siebie" in str(error.value)


def test_moving_a_branch_to_the_top_moves_its_children_up_a_level(db):
    branch = Competence.objects.get(slug="fitoremediacja")
    branch.parent = None
    branch.full_clean()
    branch.save()

    assert Competence.objects.get(slug="fitoremediacja").depth == 0
    assert Competence.objects.get(slug="fitostabilizacja").depth == 1


def test_name_follows_the_active_language(db):
    competence = CompetenceFactory(name_pl="Hałdy", name_en="Spoil heaps")

    with translation.override("en"):
        assert str(competence) == "Spoil heaps"
    with translation.override("pl"):
        assert str(competence) == "Hałdy"
