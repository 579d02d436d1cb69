"""The follow button and the activity stream on the domain apps' pages, which pull them in by URL."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.community.notifications.models import Follow
from platforma.community.notifications.services import follow_create
from platforma.core.models import Visibility
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.knowledge.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def button_url(obj):
    return reverse("notifications:follow_button", args=[ContentType.objects.get_for_model(obj).pk, obj.pk])


@pytest.mark.parametrize("make", ["challenge", "initiative", "article", "organisation"])
def test_each_page_pulls_in_its_follow_button_by_url(client, ziemia, make):
    target = {
        "challenge": lambda: ChallengeFactory(organisation=ziemia),
        "initiative": lambda: InitiativeFactory(lead_organisation=ziemia),
        "article": lambda: ArticleFactory(),
        "organisation": lambda: ziemia,
    }[make]()

    page = client.get(target.get_absolute_url())

    assert page.status_code == 200
    assert f'hx-get="{button_url(target)}"' in page.text


def test_following_a_challenge_from_its_page(client_for, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(dawid).post(button_url(challenge), {"action": "follow", "next": challenge.get_absolute_url()})

    assert response.url == challenge.get_absolute_url()
    assert Follow.objects.get(user=dawid).target == challenge


def test_an_outsider_cannot_follow_a_confidential_challenge(client_for, olek, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda])
    client = client_for(olek)

    assert client.get(button_url(challenge), headers={"HX-Request": "true"}).status_code == 404
    assert client.post(button_url(challenge), {"action": "follow"}).status_code == 404
    assert not Follow.objects.exists()


def test_an_organisation_it_is_shared_with_can_follow_a_confidential_challenge(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.RESTRICTED, visible_to=[woda])

    response = client_for(ewa).post(button_url(challenge), {"action": "follow"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert Follow.objects.filter(user=ewa).count() == 1


def test_follow_list_shows_a_followed_challenge_until_it_is_hidden(client_for, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    follow_create(user=dawid, target=challenge)
    client = client_for(dawid)

    assert challenge.title in client.get(reverse("notifications:follows")).text
    challenge.is_hidden = True
    challenge.save(update_fields=["is_hidden"])
    assert challenge.title not in client.get(reverse("notifications:follows")).text


def test_home_and_organisation_pages_pull_in_the_activity_stream(client, ziemia):
    stream_url = reverse("notifications:activity")

    assert f'hx-get="{stream_url}"' in client.get(reverse("portal:home")).text
    organisation_page = client.get(ziemia.get_absolute_url()).text
    assert f'hx-get="{stream_url}?organisacja={ziemia.pk}"' in organisation_page
