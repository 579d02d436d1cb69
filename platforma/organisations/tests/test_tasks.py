import pytest

from platforma.organisations import tasks
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


@pytest.fixture
def organisation(db):
    organisation = OrganisationFactory(name="Kowalski & Syn", slug="kowalski-i-syn", decision_note="Brak <danych>")
    MembershipFactory(organisation=organisation, role="admin", user__email="szef@kowalski.example")
    MembershipFactory(organisation=organisation, role="member", user__email="pracownik@kowalski.example")
    return organisation


@pytest.mark.parametrize(
    ("status", "previous", "subject"),
    [
        (ClusterStatus.MEMBER, ClusterStatus.APPLICANT, "Kowalski & Syn jest członkiem klastra"),
        (ClusterStatus.REJECTED, ClusterStatus.APPLICANT, "Wniosek o członkostwo: Kowalski & Syn"),
        (ClusterStatus.SUSPENDED, ClusterStatus.MEMBER, "Zawieszenie członkostwa: Kowalski & Syn"),
        (ClusterStatus.FORMER, ClusterStatus.MEMBER, "Zakończenie członkostwa: Kowalski & Syn"),
        (ClusterStatus.MEMBER, ClusterStatus.SUSPENDED, "Przywrócenie członkostwa: Kowalski & Syn"),
    ],
)
def test_status_notices_go_to_admins_as_plain_unescaped_text(organisation, mailoutbox, status, previous, subject):
    tasks.send_status_notice.call(organisation.pk, status, previous)
    [message] = mailoutbox
    assert message.to == ["szef@kowalski.example"]
    assert message.subject == f"[Platforma Środowiskowa] {subject}"
    assert "&amp;" not in message.body and "&lt;" not in message.body


def test_the_rejection_notice_carries_the_reason(organisation, mailoutbox):
    tasks.send_status_notice.call(organisation.pk, ClusterStatus.REJECTED)
    assert "Brak <danych>" in mailoutbox[0].body


def test_without_admins_the_notice_goes_to_the_organisations_address(db, mailoutbox):
    organisation = OrganisationFactory(email="biuro@sierota.example")
    tasks.send_status_notice.call(organisation.pk, ClusterStatus.SUSPENDED)
    assert mailoutbox[0].to == ["biuro@sierota.example"]


def test_nothing_is_sent_for_an_organisation_deleted_in_the_meantime(db, mailoutbox):
    assert tasks.send_status_notice.call(999_999, ClusterStatus.MEMBER) == 0
    assert tasks.send_application_received.call(999_999) == 0
    assert mailoutbox == []


def test_task_arguments_survive_json(organisation):
    # The database backend stores arguments as JSON; ids and status strings do.
    import json

    assert json.loads(json.dumps([organisation.pk, str(ClusterStatus.MEMBER)])) == [organisation.pk, "member"]
