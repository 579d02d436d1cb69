import re

from platforma.taxonomy.tree import COMPETENCE_TREE, iter_nodes

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def test_tree_is_big_enough_and_two_to_three_levels_deep():
    nodes = list(iter_nodes())
    depths = {depth for _, _, depth in nodes}

    assert len(nodes) >= 45
    assert len(COMPETENCE_TREE) >= 12
    assert depths == {0, 1, 2}
    assert all(node.get("children") for node in COMPETENCE_TREE)


def test_slugs_are_unique_well_formed_and_fit_the_model():
    slugs = [node["slug"] for node, _, _ in iter_nodes()]

    assert len(slugs) == len(set(slugs))
    for slug in slugs:
        assert SLUG_RE.match(slug), slug
        assert len(slug) <= 80, slug


def test_every_node_has_both_labels():
    for node, _, _ in iter_nodes():
        assert set(node) == {"slug", "name_pl", "name_en", "children"}
        assert node["name_pl"].strip() and len(node["name_pl"]) <= 160
        assert node["name_en"].strip() and len(node["name_en"]) <= 160
        assert isinstance(node["children"], list)


def test_required_top_level_areas_are_present():
    top = {node["slug"] for node in COMPETENCE_TREE}

    assert {
        "remediacja-gleb",
        "haldy-i-odpady-wydobywcze",
        "wody-kopalniane",
        "woda-i-scieki",
        "powietrze-i-niska-emisja",
        "odpady-i-gospodarka-obiegu-zamknietego",
        "energia-odnawialna-i-cieplo",
        "rewitalizacja-terenow-poprzemyslowych",
        "monitoring-i-analityka",
        "rozwiazania-oparte-na-przyrodzie",
        "efektywnosc-energetyczna-budynkow",
        "prawo-i-oceny-srodowiskowe",
        "finansowanie-projektow",
    } <= top


def test_iter_nodes_is_pre_order_with_parents_and_depths():
    seen: dict[str, int] = {}
    for node, parent_slug, depth in iter_nodes():
        if parent_slug is None:
            assert depth == 0
        else:
            assert parent_slug in seen, "a parent comes before its children"
            assert depth == seen[parent_slug] + 1
        seen[node["slug"]] = depth

    first_three = [(node["slug"], parent, depth) for node, parent, depth in list(iter_nodes())[:3]]
    assert first_three == [
        ("remediacja-gleb", None, 0),
        ("fitoremediacja", "remediacja-gleb", 1),
        ("fitostabilizacja", "fitoremediacja", 2),
    ]


def test_iter_nodes_accepts_a_subtree_and_nodes_without_children():
    subtree = [
        {"slug": "a", "name_pl": "A", "name_en": "A", "children": [{"slug": "b", "name_pl": "B", "name_en": "B"}]}
    ]

    result = [(node["slug"], parent, depth) for node, parent, depth in iter_nodes(subtree, "root", 1)]  # type: ignore[arg-type]

    assert result == [("a", "root", 1), ("b", "a", 2)]
