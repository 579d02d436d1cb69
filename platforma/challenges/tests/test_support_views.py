import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus, ChallengeSupport
from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory

HTMX = {"HX-Request": "true", "HX-Target": "supports"}


def add_url(challenge) -> str:
    return reverse("challenges:support", kwargs={"pk": challenge.pk})


def withdraw_url(challenge) -> str:
    return reverse("challenges:support_withdraw", kwargs={"pk": challenge.pk})


def test_another_member_says_we_face_it_too_and_the_reporter_is_told(
    client_for, ewa, woda, ziemia, bogdan, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(ewa).post(add_url(challenge), {"organisation": woda.pk, "note": "U nas też."})

    assert response.status_code == 302
    assert response.url.endswith("#supports")
    support = ChallengeSupport.objects.get()
    assert (support.organisation, support.user, support.note) == (woda, ewa, "U nas też.")
    assert [message.to for message in mailoutbox] == [[bogdan.email]]


def test_the_htmx_fragment_lists_the_new_support_with_a_status_message(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(ewa).post(add_url(challenge), {"organisation": woda.pk, "note": "Ołów."}, headers=HTMX)

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="supports"')
    assert "<html" not in page
    assert 'role="status"' in page and "Dodano Waszą organizację" in page
    assert "Ołów." in page
    assert "Wycofaj „my też”" in page
    assert ChallengeSupport.objects.count() == 1


def test_a_second_support_of_the_same_organisation_is_refused_gracefully(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda, note="Pierwsze")

    response = client_for(ewa).post(add_url(challenge), {"organisation": woda.pk, "note": "Drugie"}, headers=HTMX)

    assert response.status_code == 200
    assert "już jest na liście" in response.content.decode()
    assert list(ChallengeSupport.objects.values_list("note", flat=True)) == ["Pierwsze"]


def test_a_person_of_two_organisations_adds_the_second_after_the_first(client_for, ewa, woda, ziemia):
    second = OrganisationFactory(name="Druga Organizacja")
    MembershipFactory(user=ewa, organisation=second)
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)

    client_for(ewa).post(add_url(challenge), {"organisation": second.pk})

    assert set(ChallengeSupport.objects.values_list("organisation", flat=True)) == {woda.pk, second.pk}


def test_a_too_long_note_is_explained_in_the_fragment_and_kept(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    note = "x" * 2001

    response = client_for(ewa).post(add_url(challenge), {"organisation": woda.pk, "note": note}, headers=HTMX)

    page = response.content.decode()
    assert response.status_code == 200
    assert "co najwyżej 2000 znaków" in page
    assert note in page
    assert not ChallengeSupport.objects.exists()


def test_without_htmx_errors_show_on_the_whole_page(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(ewa).post(add_url(challenge), {"organisation": woda.pk, "note": "x" * 2001})

    assert response.status_code == 200
    assert "<html" in response.content.decode()
    assert not ChallengeSupport.objects.exists()


def test_one_cannot_support_in_the_name_of_someone_elses_organisation(client_for, ewa, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    stranger = OrganisationFactory()

    response = client_for(ewa).post(add_url(challenge), {"organisation": stranger.pk}, headers=HTMX)

    assert response.status_code == 200
    assert not ChallengeSupport.objects.exists()


@pytest.mark.parametrize(("role", "status_code"), [("celina", 403), ("bogdan", 403), ("anna", 403), ("dawid", 403)])
def test_the_reporter_coordinator_and_specialists_cannot_support(role, status_code, person, client_for, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    assert client_for(person(role)).post(add_url(challenge), {}).status_code == status_code
    assert not ChallengeSupport.objects.exists()


def test_an_archived_challenge_takes_no_supports(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.ARCHIVED)

    assert client_for(ewa).post(add_url(challenge), {"organisation": woda.pk}).status_code == 403
    assert not ChallengeSupport.objects.exists()


def test_visitors_are_sent_to_log_in(client, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    assert client.post(add_url(challenge), {}).status_code == 302
    assert not ChallengeSupport.objects.exists()


def test_withdrawing_through_htmx_updates_the_fragment(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda, note="U nas też.")

    response = client_for(ewa).post(withdraw_url(challenge), {"organisation": woda.pk}, headers=HTMX)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Wycofano zgłoszenie" in page
    assert "U nas też." not in page
    assert "My też mamy ten problem" in page
    assert not ChallengeSupport.objects.exists()


def test_withdrawing_without_htmx_redirects(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)

    response = client_for(ewa).post(withdraw_url(challenge), {"organisation": woda.pk})

    assert response.status_code == 302
    assert not ChallengeSupport.objects.exists()


@pytest.mark.parametrize("organisation", ["", "abc", "999999", None])
def test_one_cannot_withdraw_another_organisations_support(organisation, client_for, celina, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    data = {"organisation": woda.pk if organisation is None else organisation}

    assert client_for(celina).post(withdraw_url(challenge), data).status_code == 403
    assert ChallengeSupport.objects.count() == 1
