from xml.etree import ElementTree

import pytest
from django.urls import reverse

from platforma.community.news.models import NewsStatus
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def mixed_news(ziemia):
    competence = CompetenceFactory(name_pl="Hałdy")
    NewsFactory(title="Publiczna o hałdach & wodach", organisation=ziemia, competences=[competence])
    NewsFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)
    DraftNewsFactory(title="Szkic")
    DraftNewsFactory(title="Czeka na zatwierdzenie", status=NewsStatus.SUBMITTED)
    DraftNewsFactory(title="Zwrócona", status=NewsStatus.RETURNED)


def test_the_rss_feed_is_valid_xml_with_public_published_news_only(client, mixed_news, ziemia):
    response = client.get(reverse("news:rss"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed, just rendered
    channel = root.find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Publiczna o hałdach & wodach"]
    item = items[0]
    assert item.findtext("link").startswith("http://testserver/aktualnosci/")
    assert item.findtext("category") == "Hałdy"
    assert item.findtext("pubDate")
    assert ziemia.name in item.findtext("{http://purl.org/dc/elements/1.1/}creator", "") + item.findtext("author", "")


def test_the_atom_feed_is_valid_xml_with_public_published_news_only(client, mixed_news):
    response = client.get(reverse("news:atom"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed, just rendered
    assert root.tag == f"{ATOM}feed"
    assert [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")] == [
        "Publiczna o hałdach & wodach"
    ]


@pytest.mark.parametrize("name", ["news:rss", "news:atom"])
def test_a_logged_in_coordinator_gets_the_same_public_feed(client_for, anna, mixed_news, name):
    page = client_for(anna).get(reverse(name)).content.decode()

    assert "Publiczna o hałdach" in page
    for hidden in ("Tylko dla członków", "Szkic", "Czeka na zatwierdzenie", "Zwrócona"):
        assert hidden not in page


def test_an_unpublished_item_leaves_the_feed(client):
    news = NewsFactory(title="Wycofana wkrótce")
    assert "Wycofana wkrótce" in client.get(reverse("news:rss")).content.decode()

    news.status, news.published_at = NewsStatus.DRAFT, None
    news.save()

    assert "Wycofana wkrótce" not in client.get(reverse("news:rss")).content.decode()
