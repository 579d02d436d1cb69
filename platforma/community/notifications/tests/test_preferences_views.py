import pytest
from django.urls import reverse

from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Follow, NotificationPreference, NotificationSettings
from platforma.community.notifications.services import follow_create
from platforma.community.notifications.tests.factories import DAILY, IMMEDIATE, WEEKLY

pytestmark = pytest.mark.django_db
URL = reverse("notifications:preferences")


def _post_data(response, **changes):
    """What the browser would send back for the form as shown, with some fields changed."""
    form = response.context["form"]
    data = {name: form[name].value() for name in form.fields if name != "digests_enabled"}
    if form["digests_enabled"].value():
        data["digests_enabled"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_preferences_list_every_kind_in_groups_with_defaults(client_for, dawid):
    response = client_for(dawid).get(URL)

    assert response.status_code == 200
    form = response.context["form"]
    assert form[f"kind-{WEEKLY}"].value() == Delivery.WEEKLY
    assert form[f"kind-{IMMEDIATE}"].value() == Delivery.IMMEDIATE
    assert form["digests_enabled"].value() is True
    groups = dict(form.kind_groups())
    assert f"kind-{IMMEDIATE}" in [field.name for field in groups["Sprawy osobiste"]]
    assert "<legend" in response.text
    assert "Niczego jeszcze nie obserwujesz" in response.text


def test_saving_preferences_stores_only_what_differs_from_the_default(client_for, dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia)
    client = client_for(dawid)
    shown = client.get(URL)
    assert ziemia.name in shown.text

    data = _post_data(
        shown,
        **{
            f"kind-{WEEKLY}": Delivery.NEVER,
            f"kind-{DAILY}": Delivery.DAILY,
            f"follow-{follow.pk}": Delivery.IMMEDIATE,
        },
    )
    data.pop("digests_enabled")
    response = client.post(URL, data)

    assert response.status_code == 302
    assert dict(NotificationPreference.objects.filter(user=dawid).values_list("verb", "delivery")) == {
        WEEKLY: Delivery.NEVER
    }
    follow.refresh_from_db()
    assert follow.delivery == Delivery.IMMEDIATE
    assert NotificationSettings.objects.get(user=dawid).digests_enabled is False
    assert "Zapisano ustawienia powiadomień." in client.get(URL).text


def test_choosing_the_default_again_removes_the_row(client_for, dawid):
    NotificationPreference.objects.create(user=dawid, verb=WEEKLY, delivery=Delivery.NEVER)
    client = client_for(dawid)

    client.post(URL, _post_data(client.get(URL), **{f"kind-{WEEKLY}": Delivery.WEEKLY}))

    assert not NotificationPreference.objects.filter(user=dawid).exists()


def test_unknown_delivery_is_explained_and_nothing_is_saved(client_for, dawid):
    client = client_for(dawid)

    response = client.post(URL, _post_data(client.get(URL), **{f"kind-{WEEKLY}": "hourly", f"kind-{DAILY}": "never"}))

    assert response.status_code == 200
    assert "Wybierz poprawną wartość" in response.text
    assert response.context["form"][f"kind-{DAILY}"].value() == "never"  # what was typed is kept
    assert not NotificationPreference.objects.exists()


def test_someone_elses_follow_cannot_be_changed_through_the_form(client_for, dawid, olek, ziemia):
    follow = follow_create(user=dawid, target=ziemia)
    client = client_for(olek)

    client.post(URL, {**_post_data(client.get(URL)), f"follow-{follow.pk}": Delivery.NEVER})

    follow.refresh_from_db()
    assert follow.delivery == ""


def test_anonymous_visitor_is_sent_to_log_in_and_nothing_is_saved(client):
    response = client.post(URL, {f"kind-{WEEKLY}": Delivery.NEVER})
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not NotificationPreference.objects.exists()
    assert not Follow.objects.exists()
