"""Answering a call. After the deadline the server refuses whatever the browser sends."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.opencalls.models import CallProposal, Eligibility, OpenCall, ProposalAttachment, ProposalStatus
from platforma.opencalls.tests.factories import CallProposalFactory, ClosedCallFactory, OpenCallFactory
from platforma.opencalls.tests.helpers import docx, fake_pdf, pdf, xlsx


def url(name, call, proposal=None, **kwargs):
    args = {"pk": call.pk, **({"proposal_pk": proposal.pk} if proposal else {}), **kwargs}
    return reverse(f"opencalls:{name}", kwargs=args)


DATA = {"title": "Hydroobsiew i geosiatka", "description": "Obsiew **mieszanką traw**.", "accept_terms": "on"}


@pytest.fixture
def call(ziemia):
    return OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))


def test_a_specialist_without_an_organisation_answers_with_attachments(
    client_for, person, call, bogdan, mailoutbox, django_capture_on_commit_callbacks
):
    dawid = person("dawid")

    form = client_for(dawid).get(url("proposal_create", call)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(dawid).post(url("proposal_create", call), {**DATA, "uploads": [pdf(), xlsx()]})

    proposal = CallProposal.objects.get()
    assert "Zachowam poufność" in form  # the statement is shown next to its checkbox
    assert response.status_code == 302 and response.url == proposal.get_absolute_url()
    assert (proposal.author, proposal.organisation, proposal.status) == (dawid, None, ProposalStatus.SUBMITTED)
    assert proposal.terms_version == 1 and proposal.terms_accepted_at is not None
    assert sorted(proposal.attachments.values_list("name", flat=True)) == ["koncepcja.pdf", "kosztorys.xlsx"]
    assert [message.to for message in mailoutbox] == [[bogdan.email]]


def test_a_member_answers_for_her_organisation(client_for, person, call, woda):
    client_for(person("ewa")).post(url("proposal_create", call), {**DATA, "acting_as": str(woda.pk)})
    assert CallProposal.objects.get().organisation == woda


def test_errors_keep_what_was_typed_and_explain_in_polish(client_for, person, call):
    response = client_for(person("dawid")).post(
        url("proposal_create", call), {"title": "Mój pomysł", "description": "Opis", "uploads": [fake_pdf()]}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Bez akceptacji oświadczenia nie można złożyć propozycji." in page
    assert "nie jest dokumentem PDF, ODT, DOCX ani XLSX" in page
    assert 'value="Mój pomysł"' in page
    assert not CallProposal.objects.exists()
    assert not ProposalAttachment.objects.exists()


def test_a_post_after_the_deadline_creates_nothing(client_for, person, ziemia):
    closed = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia))

    response = client_for(person("dawid")).post(url("proposal_create", closed), {**DATA, "uploads": [pdf()]})

    assert response.status_code == 403
    assert not CallProposal.objects.exists()
    assert not ProposalAttachment.objects.exists()


def test_a_form_sent_after_the_deadline_changes_nothing(client_for, person, call):
    dawid = person("dawid")
    client_for(dawid).post(url("proposal_create", call), {**DATA, "uploads": [pdf()]})
    proposal = CallProposal.objects.get()
    # The deadline passes while the edit form is still open in the browser.
    OpenCall.objects.filter(pk=call.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    browser = client_for(dawid)

    edit = browser.post(
        url("proposal_edit", call, proposal),
        {
            **DATA,
            "title": "Po terminie",
            "uploads": [docx()],
            "remove_attachments": [str(proposal.attachments.get().pk)],
        },
    )
    withdraw = browser.post(url("proposal_withdraw", call, proposal))
    again = browser.post(url("proposal_create", call), {**DATA, "title": "Druga po terminie"})

    proposal.refresh_from_db()
    assert (edit.status_code, withdraw.status_code, again.status_code) == (403, 403, 403)
    assert (proposal.title, proposal.status) == (DATA["title"], ProposalStatus.SUBMITTED)
    assert list(proposal.attachments.values_list("name", flat=True)) == ["koncepcja.pdf"]
    assert CallProposal.objects.count() == 1


def test_members_only_calls_are_invisible_to_specialists_and_refuse_outsiders(client_for, person, ziemia):
    members_only = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), eligibility=Eligibility.MEMBERS)

    assert client_for(person("dawid")).post(url("proposal_create", members_only), DATA).status_code == 404
    assert client_for(person("celina")).post(url("proposal_create", members_only), DATA).status_code == 403
    assert not CallProposal.objects.exists()


def test_visitors_are_sent_to_log_in(client, call):
    response = client.post(url("proposal_create", call), DATA)
    assert response.status_code == 302 and "/konto/login/" in response.url
    assert not CallProposal.objects.exists()


def test_a_second_visit_to_the_form_leads_to_editing_the_first_proposal(client_for, person, call):
    proposal = CallProposalFactory(call=call, author=person("dawid"))

    response = client_for(person("dawid")).get(url("proposal_create", call))

    assert response.status_code == 302
    assert response.url == url("proposal_edit", call, proposal)


def test_the_author_edits_and_replaces_an_attachment(client_for, person, call):
    dawid = person("dawid")
    client_for(dawid).post(url("proposal_create", call), {**DATA, "uploads": [pdf("stary.pdf")]})
    proposal = CallProposal.objects.get()
    old = proposal.attachments.get()

    form = client_for(dawid).get(url("proposal_edit", call, proposal)).content.decode()
    response = client_for(dawid).post(
        url("proposal_edit", call, proposal),
        {**DATA, "title": "Poprawiona", "uploads": [docx("nowy.docx")], "remove_attachments": [str(old.pk)]},
    )

    proposal.refresh_from_db()
    assert 'value="Hydroobsiew i geosiatka"' in form and "stary.pdf" in form
    assert response.status_code == 302
    assert proposal.title == "Poprawiona"
    assert list(proposal.attachments.values_list("name", flat=True)) == ["nowy.docx"]


def test_only_the_author_edits_or_withdraws(client_for, person, call):
    proposal = CallProposalFactory(call=call, author=person("dawid"), title="Bez zmian")

    for role in ("bogdan", "olek"):
        edit = client_for(person(role)).post(url("proposal_edit", call, proposal), {**DATA, "title": "x"})
        withdraw = client_for(person(role)).post(url("proposal_withdraw", call, proposal))
        assert (edit.status_code, withdraw.status_code) == ((403, 403) if role == "bogdan" else (404, 404))

    proposal.refresh_from_db()
    assert (proposal.title, proposal.status) == ("Bez zmian", ProposalStatus.SUBMITTED)


def test_the_author_withdraws_before_the_deadline(client_for, person, call):
    proposal = CallProposalFactory(call=call, author=person("dawid"))

    response = client_for(person("dawid")).post(url("proposal_withdraw", call, proposal), follow=True)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
    assert "Wycofano propozycję" in response.content.decode()


# --- the proposal's page and its attachments -------------------------------------------------------------


@pytest.fixture
def with_attachment(client_for, person, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[person("ewa")])
    client_for(person("dawid")).post(url("proposal_create", call), {**DATA, "uploads": [pdf()]})
    proposal = CallProposal.objects.get()
    return call, proposal, proposal.attachments.get()


@pytest.mark.parametrize(
    ("role", "status_code"),
    [("dawid", 200), ("ewa", 200), ("bogdan", 200), ("celina", 200), ("olek", 404), ("anna", 404)],
)
def test_attachments_go_only_to_the_author_the_owner_and_the_evaluators(
    role, status_code, with_attachment, client_for, person
):
    call, proposal, attachment = with_attachment
    download = url("attachment", call, attachment_pk=attachment.pk)

    page = client_for(person(role)).get(url("proposal_detail", call, proposal))
    response = client_for(person(role)).get(download)

    assert page.status_code == status_code
    assert response.status_code == status_code
    if status_code == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF-")
        assert response["Content-Type"] == "application/pdf"
        assert "attachment" in response["Content-Disposition"]
        assert "no-store" in response["Cache-Control"]
        assert download in page.content.decode()


def test_visitors_are_sent_to_log_in_for_attachments(client, with_attachment):
    call, _proposal, attachment = with_attachment
    client.logout()  # the fixture logged the author in on this same client
    response = client.get(url("attachment", call, attachment_pk=attachment.pk))
    assert response.status_code == 302 and "/konto/login/" in response.url


def test_an_attachment_of_another_call_is_a_404(client_for, person, with_attachment, ziemia):
    _call, _proposal, attachment = with_attachment
    other = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    assert client_for(person("bogdan")).get(url("attachment", other, attachment_pk=attachment.pk)).status_code == 404


def test_stored_attachments_are_outside_the_public_media_folder(with_attachment, settings):
    _call, _proposal, attachment = with_attachment
    assert not attachment.file.path.startswith(str(settings.MEDIA_ROOT) + "/")
    assert "koncepcja" not in attachment.file.name
