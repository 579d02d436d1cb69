import pytest
from django.core import mail
from django.urls import reverse

from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryStatus
from platforma.contact.tests.factories import EnquiryAnswerFactory, EnquiryFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/panel/zapytania/"
OUTSIDERS = ["olek", "dawid", "ewa", "celina", "bogdan"]


@pytest.fixture
def enquiry():
    return EnquiryFactory(
        name="Marek Wiśniewski",
        email="marek@odlewnia.example",
        organisation_name="Odlewnia Metali Chorzów",
        message="Szukamy laboratorium do badań gleby pod zakładem.",
    )


def snapshot():
    """What a denied request must leave untouched."""
    return (
        list(Enquiry.objects.order_by("pk").values_list("pk", "status", "updated_at")),
        EnquiryAnswer.objects.count(),
        len(mail.outbox),
    )


def panel_requests(pk):
    return [
        ("get", reverse("contact_panel:list"), {}),
        ("get", reverse("contact_panel:detail", args=[pk]), {}),
        ("post", reverse("contact_panel:answer", args=[pk]), {"body": "Nieuprawniona odpowiedź"}),
        ("post", reverse("contact_panel:close", args=[pk]), {}),
        ("post", reverse("contact_panel:reopen", args=[pk]), {}),
    ]


def test_panel_urls_live_under_panel_zapytania():
    assert reverse("contact_panel:list") == LIST_URL
    assert reverse("contact_panel:detail", args=[7]) == "/panel/zapytania/7/"


@pytest.mark.parametrize("request_index", range(5))
def test_anonymous_visitor_is_sent_to_log_in_and_nothing_changes(client, enquiry, request_index):
    method, url, data = panel_requests(enquiry.pk)[request_index]
    before = snapshot()

    response = getattr(client, method)(url, data)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert snapshot() == before


@pytest.mark.parametrize("persona", OUTSIDERS)
@pytest.mark.parametrize("request_index", range(5))
def test_everyone_but_the_coordinator_is_refused_and_nothing_changes(
    request, client_for, enquiry, persona, request_index
):
    method, url, data = panel_requests(enquiry.pk)[request_index]
    client = client_for(request.getfixturevalue(persona))
    before = snapshot()

    response = getattr(client, method)(url, data)

    assert response.status_code == 403
    assert "Brak dostępu" in response.content.decode()
    assert "marek@odlewnia.example" not in response.content.decode()
    assert snapshot() == before


def test_coordinator_sees_the_inbox(client_for, anna, enquiry):
    response = client_for(anna).get(LIST_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Zapytania z formularza kontaktowego" in html
    assert "Marek Wiśniewski" in html
    assert "Odlewnia Metali Chorzów" in html
    assert reverse("contact_panel:detail", args=[enquiry.pk]) in html


def test_inbox_filters_by_status_and_marks_the_current_tab(client_for, anna):
    EnquiryFactory(name="Nowe Pytanie", status=EnquiryStatus.NEW)
    EnquiryFactory(name="Zamknięta Sprawa", status=EnquiryStatus.CLOSED)

    response = client_for(anna).get(LIST_URL, {"status": "closed"})

    html = response.content.decode()
    assert "Zamknięta Sprawa" in html
    assert "Nowe Pytanie" not in html
    assert response.context["status"] == "closed"
    assert 'aria-current="page">Zamknięte' in html


@pytest.mark.parametrize("status", ["xyz", "", "NEW", "'; DROP TABLE"])
def test_unknown_status_filter_lists_everything(client_for, anna, enquiry, status):
    response = client_for(anna).get(LIST_URL, {"status": status})

    assert response.status_code == 200
    assert response.context["status"] == "all"
    assert "Marek Wiśniewski" in response.content.decode()


def test_malformed_page_number_gives_the_first_page(client_for, anna, enquiry):
    response = client_for(anna).get(LIST_URL, {"page": "abc"})

    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_page_number_past_the_end_is_404(client_for, anna, enquiry):
    response = client_for(anna).get(LIST_URL, {"page": "999"})

    assert response.status_code == 404


def test_inbox_pages_keep_the_status_filter(client_for, anna):
    EnquiryFactory.create_batch(30, status=EnquiryStatus.NEW)

    response = client_for(anna).get(LIST_URL, {"status": "new"})

    assert "?status=new&amp;page=2" in response.content.decode()


def test_inbox_tab_switch_over_htmx_returns_only_the_results_fragment(client_for, anna, enquiry):
    response = client_for(anna).get(LIST_URL, {"status": "new"}, headers={"HX-Request": "true"})

    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="enquiry-results">')
    assert "<html" not in html
    assert "Marek Wiśniewski" in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("rows", [10, 100])
def test_inbox_makes_the_same_number_of_queries_whatever_its_size(
    client_for, anna, django_assert_max_num_queries, rows
):
    for enquiry in EnquiryFactory.create_batch(rows):
        EnquiryAnswerFactory(enquiry=enquiry)
    client = client_for(anna)

    with django_assert_max_num_queries(5):
        response = client.get(LIST_URL, {"status": "all"})

    assert response.status_code == 200


def test_coordinator_sees_an_enquiry_with_its_previous_answers(client_for, anna, enquiry):
    EnquiryAnswerFactory(enquiry=enquiry, author=anna, body="Pierwsza odpowiedź: zapraszamy do EkoParku.")

    response = client_for(anna).get(reverse("contact_panel:detail", args=[enquiry.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Zapytanie: Marek Wiśniewski" in html
    assert "Szukamy laboratorium do badań gleby" in html
    assert "Pierwsza odpowiedź: zapraszamy do EkoParku." in html
    assert "Anna Koordynatorska" in html
    assert 'name="body"' in html


def test_detail_of_a_missing_enquiry_is_404(client_for, anna):
    assert client_for(anna).get(reverse("contact_panel:detail", args=[99999])).status_code == 404


def test_answer_is_saved_sent_to_the_sender_and_marks_the_enquiry_answered(
    client_for, anna, enquiry, django_capture_on_commit_callbacks
):
    client = client_for(anna)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("contact_panel:answer", args=[enquiry.pk]),
            {"body": "Polecamy laboratorium Wód Śląskich w Zabrzu."},
        )

    assert response.status_code == 302
    assert response["Location"] == reverse("contact_panel:detail", args=[enquiry.pk])
    answer = EnquiryAnswer.objects.get()
    assert answer.enquiry == enquiry
    assert answer.author == anna
    assert answer.sent_at is not None
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.ANSWERED
    [message] = mail.outbox
    assert message.to == ["marek@odlewnia.example"]
    assert "Polecamy laboratorium Wód Śląskich w Zabrzu." in message.body
    assert "Odpowiedź na Twoje zapytanie" in message.subject
    follow = client.get(response["Location"])
    assert "Odpowiedź została zapisana" in follow.content.decode()


def test_empty_answer_is_refused_and_shown_again(client_for, anna, enquiry):
    response = client_for(anna).post(reverse("contact_panel:answer", args=[enquiry.pk]), {"body": ""})

    assert response.status_code == 200
    assert "To pole jest wymagane." in response.content.decode()
    assert EnquiryAnswer.objects.count() == 0
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.NEW


def test_answer_to_a_missing_enquiry_is_404(client_for, anna):
    response = client_for(anna).post(reverse("contact_panel:answer", args=[99999]), {"body": "x"})

    assert response.status_code == 404
    assert EnquiryAnswer.objects.count() == 0


def test_answer_page_accepts_only_post(client_for, anna, enquiry):
    assert client_for(anna).get(reverse("contact_panel:answer", args=[enquiry.pk])).status_code == 405


def test_coordinator_closes_and_reopens_an_enquiry(client_for, anna, enquiry):
    client = client_for(anna)

    response = client.post(reverse("contact_panel:close", args=[enquiry.pk]))

    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.CLOSED
    assert "Otwórz ponownie" in client.get(response["Location"]).content.decode()

    client.post(reverse("contact_panel:reopen", args=[enquiry.pk]))

    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.NEW
