import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.organisations.models import ClusterStatus, MembershipStatusChange
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory

APPLICATIONS = reverse("organisations_panel:applications")


@pytest.fixture
def application(db):
    organisation = OrganisationFactory(
        name="Fundacja Kandydacka",
        slug="fundacja-kandydacka",
        cluster_status=ClusterStatus.APPLICANT,
        member_since=None,
        applied_at=timezone.now(),
        application_note="Prosimy o przyjęcie.",
    )
    MembershipFactory(organisation=organisation, role="admin", user__email="prezes@kandydat.example")
    return organisation


def panel_url(name, organisation):
    return reverse(f"organisations_panel:{name}", kwargs={"slug": organisation.slug})


def test_anonymous_visitor_is_sent_to_log_in(client, application):
    response = client.get(APPLICATIONS)
    assert response.status_code == 302
    assert "next=/panel/czlonkostwo/" in response["Location"]
    assert client.post(panel_url("approve", application)).status_code == 302
    application.refresh_from_db()
    assert application.cluster_status == ClusterStatus.APPLICANT


@pytest.mark.parametrize("persona", ["olek", "dawid", "ewa", "celina", "bogdan"])
def test_everyone_but_the_coordinator_gets_403_and_nothing_changes(client_for, application, ziemia, persona, request):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(APPLICATIONS).status_code == 403
    assert client.get(panel_url("detail", application)).status_code == 403
    assert client.post(panel_url("approve", application)).status_code == 403
    assert client.post(panel_url("reject", application), {"reason": "nie"}).status_code == 403
    assert client.post(panel_url("status", ziemia), {"status": "suspended"}).status_code == 403
    application.refresh_from_db()
    ziemia.refresh_from_db()
    assert application.cluster_status == ClusterStatus.APPLICANT
    assert ziemia.cluster_status == ClusterStatus.MEMBER
    assert not MembershipStatusChange.objects.exists()


def test_the_coordinator_sees_pending_applications_with_details(client_for, anna, application):
    content = client_for(anna).get(APPLICATIONS).content.decode()
    assert "Fundacja Kandydacka" in content
    assert "Prosimy o przyjęcie." in content
    assert "prezes@kandydat.example" in content
    assert "Wnioski czekające na decyzję: 1" in content


def test_approving_makes_a_member_and_emails_the_applicant(
    client_for, anna, application, mailoutbox, django_capture_on_commit_callbacks
):
    client = client_for(anna)
    assert "Zatwierdź członkostwo" in client.get(panel_url("detail", application)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(panel_url("approve", application), {"note": "Witamy w klastrze"})
    assert response.status_code == 302
    assert response["Location"] == APPLICATIONS
    application.refresh_from_db()
    assert application.cluster_status == ClusterStatus.MEMBER
    assert application.member_since == timezone.localdate()
    assert application.decided_by == anna
    assert mailoutbox[0].to == ["prezes@kandydat.example"]


def test_rejecting_without_a_reason_is_explained_and_changes_nothing(client_for, anna, application, mailoutbox):
    response = client_for(anna).post(panel_url("reject", application), {"reason": ""})
    assert response.status_code == 200
    assert "Podaj powód odrzucenia" in response.content.decode()
    application.refresh_from_db()
    assert application.cluster_status == ClusterStatus.APPLICANT
    assert mailoutbox == []


def test_rejecting_with_a_reason(client_for, anna, application, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(anna).post(panel_url("reject", application), {"reason": "Brak siedziby na Śląsku."})
    application.refresh_from_db()
    assert application.cluster_status == ClusterStatus.REJECTED
    assert "Brak siedziby na Śląsku." in mailoutbox[0].body


def test_a_decided_application_cannot_be_decided_again(client_for, anna, application):
    client = client_for(anna)
    client.post(panel_url("approve", application))
    response = client.post(panel_url("reject", application), {"reason": "Jednak nie"}, follow=True)
    assert "Ten wniosek został już rozpatrzony." in response.content.decode()
    application.refresh_from_db()
    assert application.cluster_status == ClusterStatus.MEMBER


def test_suspending_a_member_from_its_panel_page(client_for, anna, ziemia, bogdan):
    client = client_for(anna)
    page = client.get(panel_url("detail", ziemia)).content.decode()
    assert "Zmiana statusu członkostwa" in page
    response = client.post(panel_url("status", ziemia), {"status": "suspended", "note": "Zaległe składki"})
    assert response.status_code == 302
    ziemia.refresh_from_db()
    assert ziemia.cluster_status == ClusterStatus.SUSPENDED
    history = client.get(panel_url("detail", ziemia)).content.decode()
    assert "Zaległe składki" in history


def test_a_status_not_allowed_from_the_current_one_is_explained(client_for, anna, ziemia):
    response = client_for(anna).post(panel_url("status", ziemia), {"status": "rejected"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    ziemia.refresh_from_db()
    assert ziemia.cluster_status == ClusterStatus.MEMBER


@pytest.mark.parametrize("query", [{"status": "xyz"}, {"page": "abc"}, {"status": "member"}])
def test_panel_list_survives_odd_parameters(client_for, anna, application, query):
    assert client_for(anna).get(APPLICATIONS, query).status_code == 200


def test_panel_list_page_beyond_the_last_is_404(client_for, anna, application):
    assert client_for(anna).get(APPLICATIONS, {"page": "999"}).status_code == 404


@pytest.mark.parametrize("rows", [10, 100])
def test_panel_query_count_does_not_grow_with_the_data(client_for, anna, django_assert_max_num_queries, rows):
    for organisation in OrganisationFactory.create_batch(rows, cluster_status=ClusterStatus.APPLICANT):
        MembershipFactory(organisation=organisation, role="admin")
    OrganisationFactory.create_batch(rows)
    client = client_for(anna)
    with django_assert_max_num_queries(9):
        response = client.get(APPLICATIONS)
    assert len(response.context["applications"]) == rows
