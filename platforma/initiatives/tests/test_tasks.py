"""E-mails: Polish whatever the language of the moment, absolute links, nothing for what has moved on."""

from django.utils import translation

from platforma.initiatives import tasks
from platforma.initiatives.models import InitiativeStatus, ParticipantStatus, PledgeStatus
from platforma.initiatives.tests.factories import InitiativeFactory, ParticipantFactory, PledgeFactory


def test_an_invitation_to_an_address_without_an_account_says_how_to_answer(ziemia, mailoutbox, settings):
    settings.SITE_URL = "https://platforma.example"
    initiative = InitiativeFactory(lead_organisation=ziemia)
    invitation = ParticipantFactory(
        initiative=initiative, organisation=None, email="nowa@przyklad.example", role="expert", status="invited"
    )

    with translation.override("en"):
        assert tasks.notify_invited.call(invitation.pk) == 1

    (message,) = mailoutbox
    assert message.to == ["nowa@przyklad.example"]
    assert "Dzień dobry" in message.body and "Załóż je na ten adres" in message.body
    assert "https://platforma.example/przedsiewziecia/zaproszenia/" in message.body
    assert "/en/" not in message.body and "&quot;" not in message.subject


def test_an_answered_invitation_is_not_sent_again(ziemia, woda, ewa, mailoutbox):
    invitation = ParticipantFactory(
        initiative=InitiativeFactory(lead_organisation=ziemia), organisation=woda, status=ParticipantStatus.REVOKED
    )

    assert tasks.notify_invited.call(invitation.pk) == 0
    assert tasks.notify_invited.call(999999) == 0
    assert mailoutbox == []


def test_the_admin_deciding_their_own_pledge_gets_no_mail(bogdan, ziemia, mailoutbox):
    pledge = PledgeFactory(
        initiative=InitiativeFactory(lead_organisation=ziemia),
        organisation=ziemia,
        created_by=bogdan,
        decided_by=bogdan,
        status=PledgeStatus.CONFIRMED,
    )

    assert tasks.notify_pledge_decided.call(pledge.pk) == 0


def test_a_status_mail_waits_for_the_status_it_announces(bogdan, ziemia, woda, ewa, mailoutbox):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.ACTIVE)
    ParticipantFactory(initiative=initiative, organisation=woda)

    assert tasks.notify_status_changed.call(initiative.pk, "cancelled", bogdan.pk) == 0
    assert tasks.notify_status_changed.call(initiative.pk, "active", bogdan.pk) == 1
    assert mailoutbox[0].to == [ewa.email]
    assert "rozpoczyna realizację" in mailoutbox[0].body
