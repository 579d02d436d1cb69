import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.community.comments.models import Report
from platforma.community.comments.services import comment_create
from platforma.community.news.models import NewsStatus
from platforma.community.news.tests.factories import NewsFactory
from platforma.contact.tests.factories import EnquiryFactory
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory


def test_home_page_shows_the_cluster_in_polish(client, db):
    response = client.get("/")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'lang="pl"' in content
    assert "Masz pytania? Skontaktuj się z nami!" in content
    assert reverse("organisations:apply") in content


def test_home_page_counts_members_and_visible_open_challenges(client, ziemia, woda):
    OrganisationFactory(cluster_status=ClusterStatus.APPLICANT)
    ChallengeFactory(organisation=ziemia, title="Hałda w Bytomiu się tli")
    ChallengeFactory(organisation=ziemia, title="Poufne wyzwanie", visibility=Visibility.RESTRICTED)
    ChallengeFactory(organisation=ziemia, title="Szkic", status=ChallengeStatus.DRAFT, published_at=None)

    response = client.get("/")

    assert response.context["member_count"] == 2
    assert response.context["open_challenge_count"] == 1
    content = response.content.decode()
    assert "Hałda w Bytomiu się tli" in content
    assert "Poufne wyzwanie" not in content
    assert "Szkic" not in content


def test_english_home_page_is_under_en(client, db):
    response = client.get("/en/")
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()


@pytest.mark.parametrize("rows", [10, 100])
def test_home_page_uses_a_constant_number_of_queries(client, ziemia, rows, django_assert_max_num_queries):
    ChallengeFactory.create_batch(rows, organisation=ziemia)
    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


def test_panel_sends_anonymous_visitors_to_log_in(client, db):
    response = client.get(reverse("portal_panel:panel"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize("persona", ["olek", "dawid", "celina", "bogdan", "ewa"])
def test_panel_is_refused_to_everyone_but_the_coordinator(persona, request, client_for):
    user = request.getfixturevalue(persona)
    assert client_for(user).get(reverse("portal_panel:panel")).status_code == 403


def test_coordinator_sees_what_waits_for_a_decision(anna, client_for):
    OrganisationFactory(cluster_status=ClusterStatus.APPLICANT, name="Nowa Firma Rekultywacyjna")
    EnquiryFactory.create_batch(2)

    response = client_for(anna).get(reverse("portal_panel:panel"))

    assert response.status_code == 200
    assert response.context["pending_applications"] == 1
    assert response.context["new_enquiries"] == 2


def test_coordinator_panel_counts_news_waiting_for_review_and_reported_comments(anna, celina, client_for):
    NewsFactory(status=NewsStatus.SUBMITTED, published_at=None)
    NewsFactory()
    comment = comment_create(author=celina, target=ChallengeFactory(), body="Szukamy wykonawcy, pilnie.")
    Report.objects.create(comment=comment, reporter=anna, reason="Reklama")

    response = client_for(anna).get(reverse("portal_panel:panel"))

    assert response.context["news_waiting"] == 1
    assert response.context["open_reports"] == 1
    page = response.content.decode()
    for name in ("news_panel:list", "comments_panel:list", "b2b_panel:outcomes", "matching_panel:duplicates"):
        assert reverse(name) in page
