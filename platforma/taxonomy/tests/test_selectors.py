import pytest
from django.utils import translation

from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree
from platforma.taxonomy.tests.factories import CompetenceFactory


def _add_nodes(count: int) -> None:
    roots = list(Competence.objects.roots())
    for index in range(count):
        CompetenceFactory(parent=roots[index % len(roots)], position=10_000 + index)


def test_competence_tree_gives_roots_in_order_with_two_levels_prefetched(db, django_assert_num_queries):
    with django_assert_num_queries(3):
        tree = competence_tree()
        names = [
            (area.slug, [(c.slug, [g.slug for g in c.children.all()]) for c in area.children.all()]) for area in tree
        ]

    assert [area.slug for area in tree] == list(
        Competence.objects.roots().order_by("position").values_list("slug", flat=True)
    )
    assert names[0][0] == "remediacja-gleb"
    assert names[0][1][0] == ("fitoremediacja", ["fitostabilizacja", "fitoekstrakcja"])


@pytest.mark.parametrize("extra_nodes", [10, 100])
def test_competence_tree_and_choices_take_the_same_queries_whatever_the_size(
    db, django_assert_max_num_queries, extra_nodes
):
    _add_nodes(extra_nodes)

    with django_assert_max_num_queries(3):
        choices = competence_choices()

    assert sum(len(options) for _, options in choices) == Competence.objects.count()


def test_competence_choices_group_every_node_once_under_its_top_level_area(db):
    choices = competence_choices()

    roots = list(Competence.objects.roots().order_by("position"))
    assert [group for group, _ in choices] == [root.name_pl for root in roots]
    values = [value for _, options in choices for value, _label in options]
    assert sorted(values) == sorted(Competence.objects.values_list("pk", flat=True))
    _group, first_options = choices[0]
    assert first_options[0] == (roots[0].pk, f"{roots[0].name_pl} — ogólnie")
    labels = dict(first_options)
    assert labels[Competence.objects.get(slug="fitoremediacja").pk] == "Fitoremediacja"
    assert labels[Competence.objects.get(slug="fitostabilizacja").pk] == "– Fitostabilizacja metali ciężkich"


def test_competence_choices_follow_the_active_language(db):
    with translation.override("en"):
        choices = competence_choices()

    assert choices[0][0] == "Remediation of soil and groundwater"
    assert dict(choices[0][1])[Competence.objects.get(slug="fitoremediacja").pk] == "Phytoremediation"


def test_competence_choices_render_as_optgroups_in_a_model_multiple_choice_field(db):
    from django import forms

    class Filter(forms.Form):
        competences = forms.ModelMultipleChoiceField(queryset=Competence.objects.all(), required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["competences"].choices = competence_choices()

    soil = Competence.objects.get(slug="fitostabilizacja")
    form = Filter({"competences": [str(soil.pk)]})

    assert form.is_valid()
    assert list(form.cleaned_data["competences"]) == [soil]
    html = str(form["competences"])
    assert '<optgroup label="Remediacja gleb i wód podziemnych">' in html
    assert not Filter({"competences": ["abc"]}).is_valid()
