import pytest
from django.urls import reverse

from platforma.core.models import Visibility
from platforma.knowledge.models import ArticleKind
from platforma.knowledge.tests.factories import ArticleFactory, DraftArticleFactory, make_articles
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

URL = reverse("knowledge:list")


def titles(response) -> list[str]:
    return [article.title for article in response.context["articles"]]


def test_visitors_see_published_public_articles_with_kind_and_reading_time(client, celina, ziemia):
    competence = CompetenceFactory(name_pl="Fitostabilizacja")
    ArticleFactory(title="Trawy na hałdzie", authors=[celina], organisations=[ziemia], competences=[competence])
    ArticleFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)
    DraftArticleFactory(title="Szkic", authors=[celina])

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Trawy na hałdzie"]
    page = response.content.decode()
    assert "dobra praktyka" in page
    assert "1 min czytania" in page
    assert "Fitostabilizacja" in page
    assert "Celina Członkowska" in page
    assert "Napisz artykuł" not in page


def test_members_see_members_only_articles_and_a_button_to_write(client_for, ewa):
    ArticleFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)

    response = client_for(ewa).get(URL)

    assert titles(response) == ["Tylko dla członków"]
    assert reverse("knowledge:create") in response.content.decode()


def test_the_coordinator_gets_a_link_to_the_review_queue(client_for, anna):
    assert reverse("knowledge:review_queue") in client_for(anna).get(URL).content.decode()


def test_filters_by_kind_competence_and_text(client):
    competence = CompetenceFactory(slug="odsalanie-test")
    ArticleFactory(title="Odsalanie w Bytomiu", kind=ArticleKind.CASE_STUDY, competences=[competence])
    ArticleFactory(title="Odsalanie raport", kind=ArticleKind.REPORT, competences=[competence])
    ArticleFactory(title="Hałdy", kind=ArticleKind.CASE_STUDY)

    response = client.get(URL, {"kind": "case_study", "competence": "odsalanie-test", "q": "bytom"})

    assert titles(response) == ["Odsalanie w Bytomiu"]


@pytest.mark.parametrize(
    "params",
    [{"page": "abc"}, {"kind": "xyz"}, {"competence": "brak"}, {"page": "-3"}, {"q": "x" * 500}, {"kind": ["a", "b"]}],
)
def test_malformed_parameters_give_a_normal_page(client, params):
    ArticleFactory(title="Jedyny")

    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == ["Jedyny"]


def test_a_page_number_beyond_the_last_is_a_404(client):
    ArticleFactory()

    assert client.get(URL, {"page": "99999"}).status_code == 404


def test_twenty_articles_per_page_and_the_filters_survive_paging(client):
    ArticleFactory.create_batch(21, kind=ArticleKind.REPORT)

    first = client.get(URL, {"kind": "report"})
    second = client.get(URL, {"kind": "report", "page": "2"})

    assert len(first.context["articles"]) == 20
    assert len(second.context["articles"]) == 1
    assert "kind=report&amp;page=2" in first.content.decode()


def test_htmx_filter_request_gets_only_the_results_fragment(client):
    ArticleFactory(title="Odcieki ze składowiska")

    response = client.get(URL, {"q": "odcieki"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="results"')
    assert "Odcieki ze składowiska" in page
    assert "<h1" not in page


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["anonymous", "celina", "anna"])
def test_the_list_runs_a_constant_number_of_queries(
    count, role, person, client, client_for, ziemia, django_assert_max_num_queries
):
    competences = CompetenceFactory.create_batch(3)
    make_articles(
        count,
        authors=[person("celina"), person("bogdan")],
        organisations=[ziemia, OrganisationFactory()],
        competences=competences,
        visibility=lambda index: Visibility.MEMBERS if index % 2 else Visibility.PUBLIC,
    )
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(12):
        response = browser.get(URL, {"competence": competences[0].slug, "q": "Fitostabilizacja"})

    assert response.status_code == 200
    assert len(response.context["articles"]) == min(response.context["page_obj"].paginator.count, 20)
