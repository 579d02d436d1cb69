import pytest
from django.test import RequestFactory

from platforma.core.views import error_500

pytestmark = pytest.mark.django_db


def test_unknown_address_gives_the_polish_404_page(client):
    response = client.get("/nie-ma-takiej-strony/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "Nie znaleziono strony" in html
    assert "Wróć na stronę główną" in html


def test_unknown_english_address_gives_a_404_page_in_english(client):
    response = client.get("/en/nie-ma/")

    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


def test_server_error_page_is_polish_and_needs_no_database():
    response = error_500(RequestFactory().get("/"))

    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "wystąpił błąd serwera" in html
