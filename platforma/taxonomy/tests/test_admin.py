import pytest
from django.urls import reverse

from platforma.taxonomy.models import Competence


def test_the_admin_lists_the_tree_with_parents_and_searches_it(admin_client):
    response = admin_client.get(reverse("admin:taxonomy_competence_changelist"), {"q": "fitoremediacja"})

    assert response.status_code == 200
    assert "— Fitoremediacja" in response.content.decode()


@pytest.mark.parametrize("extra", [10, 100])
def test_the_admin_list_takes_the_same_queries_whatever_the_size(admin_client, django_assert_max_num_queries, extra):
    root = Competence.objects.roots().first()
    Competence.objects.bulk_create(
        Competence(slug=f"dodatkowa-{i}", name_pl=f"Dodatkowa {i}", name_en=f"Extra {i}", parent=root, depth=1)
        for i in range(extra)
    )

    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("admin:taxonomy_competence_changelist"))

    assert response.status_code == 200


def test_adding_a_node_in_the_admin_sets_its_depth(admin_client):
    parent = Competence.objects.get(slug="wody-kopalniane")

    response = admin_client.post(
        reverse("admin:taxonomy_competence_add"),
        {
            "name_pl": "Geotermia z wód kopalnianych",
            "name_en": "Mine-water geothermal",
            "slug": "geotermia-kopalniana",
            "parent": parent.pk,
            "position": 1,
        },
    )

    assert response.status_code == 302
    assert Competence.objects.get(slug="geotermia-kopalniana").depth == 1


def test_the_admin_refuses_a_fourth_level_and_saves_nothing(admin_client):
    leaf = Competence.objects.get(slug="fitostabilizacja")

    response = admin_client.post(
        reverse("admin:taxonomy_competence_add"),
        {"name_pl": "Za głęboko", "name_en": "Too deep", "slug": "za-gleboko", "parent": leaf.pk, "position": 1},
    )

    assert response.status_code == 200
    assert "najwyżej trzy poziomy" in response.content.decode()
    assert not Competence.objects.filter(slug="za-gleboko").exists()
