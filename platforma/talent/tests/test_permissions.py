"""Role × state matrices. Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina, bogdan (ziemia), anna."""

import datetime

import pytest
from django.utils import timezone

from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.talent import permissions, selectors
from platforma.talent.models import ApplicationStatus
from platforma.talent.tests.conftest import ROLES
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory


def expect(row: tuple[int, ...], role: str) -> bool:
    return bool(row[ROLES.index(role)])


def build_offer(state: str, *, ziemia, inna):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    organisation = inna if state.endswith("_inna") else ziemia
    if state.startswith("by_former") or state.startswith("by_suspended") or state.startswith("by_applicant"):
        status = {
            "by_former": ClusterStatus.FORMER,
            "by_suspended": ClusterStatus.SUSPENDED,
            "by_applicant": ClusterStatus.APPLICANT,
        }[state.rsplit("_", 1)[0]]
        organisation = OrganisationFactory(cluster_status=status)
    extra = {}
    if state.startswith("expired"):
        extra["deadline"] = yesterday
    if state.startswith("closed"):
        extra["closed_at"] = timezone.now()
    return OfferFactory(organisation=organisation, **extra)


VIEW_OFFER = {
    "open_by_ziemia": (1, 1, 1, 1, 1, 1, 1),
    "open_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "expired_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "closed_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "by_former_org": (1, 1, 1, 1, 1, 1, 1),
    "by_suspended_org": (1, 1, 1, 1, 1, 1, 1),
    "by_applicant_org": (0, 0, 0, 0, 0, 0, 1),
}

EDIT_OFFER = {
    "open_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "expired_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "open_by_inna": (0, 0, 0, 0, 0, 0, 1),
}

CLOSE_OFFER = {
    "open_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "closed_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "open_by_inna": (0, 0, 0, 0, 0, 0, 1),
}

APPLY = {
    "open_by_ziemia": (0, 1, 1, 1, 0, 0, 1),
    "open_by_inna": (0, 1, 1, 1, 1, 1, 1),
    "expired_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "closed_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "by_suspended_org": (0, 0, 0, 0, 0, 0, 0),
    "by_former_org": (0, 0, 0, 0, 0, 0, 0),
}

MANAGE_APPLICATIONS = {
    "open_by_ziemia": (0, 0, 0, 0, 1, 1, 0),
    "expired_by_ziemia": (0, 0, 0, 0, 1, 1, 0),
    "closed_by_ziemia": (0, 0, 0, 0, 1, 1, 0),
    "open_by_inna": (0, 0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("state", list(VIEW_OFFER))
@pytest.mark.parametrize("role", ROLES)
def test_can_view_offer_and_the_selector_agree(role, state, everyone, ziemia, inna):
    offer = build_offer(state, ziemia=ziemia, inna=inna)
    user = everyone[role]

    assert permissions.can_view_offer(user, offer) is expect(VIEW_OFFER[state], role)
    assert selectors.offer_visible_queryset(user=user).filter(pk=offer.pk).exists() is expect(VIEW_OFFER[state], role)


@pytest.mark.parametrize("role", ROLES)
def test_can_create_offer(role, everyone):
    assert permissions.can_create_offer(everyone[role]) is expect((0, 0, 0, 1, 1, 1, 0), role)


def test_people_of_a_suspended_organisation_cannot_publish_offers(client, ziemia, bogdan):
    ziemia.cluster_status = ClusterStatus.SUSPENDED
    ziemia.save()

    assert permissions.can_create_offer(bogdan) is False


@pytest.mark.parametrize("state", list(EDIT_OFFER))
@pytest.mark.parametrize("role", ROLES)
def test_can_edit_offer(role, state, everyone, ziemia, inna):
    offer = build_offer(state, ziemia=ziemia, inna=inna)
    assert permissions.can_edit_offer(everyone[role], offer) is expect(EDIT_OFFER[state], role)


@pytest.mark.parametrize("state", list(CLOSE_OFFER))
@pytest.mark.parametrize("role", ROLES)
def test_can_close_offer(role, state, everyone, ziemia, inna):
    offer = build_offer(state, ziemia=ziemia, inna=inna)
    assert permissions.can_close_offer(everyone[role], offer) is expect(CLOSE_OFFER[state], role)


@pytest.mark.parametrize("state", list(APPLY))
@pytest.mark.parametrize("role", ROLES)
def test_can_apply(role, state, everyone, ziemia, inna):
    offer = build_offer(state, ziemia=ziemia, inna=inna)
    assert permissions.can_apply(everyone[role], offer) is expect(APPLY[state], role)


@pytest.mark.parametrize("state", list(MANAGE_APPLICATIONS))
@pytest.mark.parametrize("role", ROLES)
def test_can_manage_applications_and_see_matching_specialists(role, state, everyone, ziemia, inna):
    offer = build_offer(state, ziemia=ziemia, inna=inna)
    expected = expect(MANAGE_APPLICATIONS[state], role)

    assert permissions.can_manage_applications(everyone[role], offer) is expected
    assert permissions.can_see_matching_specialists(everyone[role], offer) is expected


# --- applications: the CV is seen by the applicant and the organisation applied to, nobody else ------------

VIEW_APPLICATION = {
    "dawid_to_ziemia": (0, 0, 1, 0, 1, 1, 0),
    "olek_to_woda": (0, 1, 0, 1, 0, 0, 0),
    "celina_to_woda": (0, 0, 0, 1, 1, 0, 0),
}


def build_application(state: str, *, everyone, ziemia, woda, **fields):
    applicant_role, _to, organisation_name = state.split("_")
    organisation = {"ziemia": ziemia, "woda": woda}[organisation_name]
    return ApplicationFactory(
        offer=OfferFactory(organisation=organisation), applicant=everyone[applicant_role], **fields
    )


@pytest.mark.parametrize("state", list(VIEW_APPLICATION))
@pytest.mark.parametrize("role", ROLES)
def test_can_view_application_and_download_its_cv(role, state, everyone, ziemia, woda):
    application = build_application(state, everyone=everyone, ziemia=ziemia, woda=woda)
    expected = expect(VIEW_APPLICATION[state], role)

    assert permissions.can_view_application(everyone[role], application) is expected
    assert permissions.can_download_cv(everyone[role], application) is expected


@pytest.mark.parametrize("role", ROLES)
def test_nobody_downloads_a_cv_that_was_never_attached(role, everyone, ziemia, woda):
    application = build_application("dawid_to_ziemia", everyone=everyone, ziemia=ziemia, woda=woda, cv="")

    assert permissions.can_download_cv(everyone[role], application) is False


CHANGE_STATUS = {
    ApplicationStatus.RECEIVED: (0, 0, 0, 0, 1, 1, 0),
    ApplicationStatus.SHORTLISTED: (0, 0, 0, 0, 1, 1, 0),
    ApplicationStatus.REJECTED: (0, 0, 0, 0, 0, 0, 0),
    ApplicationStatus.HIRED: (0, 0, 0, 0, 0, 0, 0),
    ApplicationStatus.WITHDRAWN: (0, 0, 0, 0, 0, 0, 0),
}

WITHDRAW = {
    ApplicationStatus.RECEIVED: (0, 0, 1, 0, 0, 0, 0),
    ApplicationStatus.SHORTLISTED: (0, 0, 1, 0, 0, 0, 0),
    ApplicationStatus.REJECTED: (0, 0, 0, 0, 0, 0, 0),
    ApplicationStatus.HIRED: (0, 0, 0, 0, 0, 0, 0),
    ApplicationStatus.WITHDRAWN: (0, 0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("status", list(CHANGE_STATUS))
@pytest.mark.parametrize("role", ROLES)
def test_can_change_application_status(role, status, everyone, ziemia, woda):
    application = build_application("dawid_to_ziemia", everyone=everyone, ziemia=ziemia, woda=woda, status=status)
    assert permissions.can_change_application_status(everyone[role], application) is expect(CHANGE_STATUS[status], role)


@pytest.mark.parametrize("status", list(WITHDRAW))
@pytest.mark.parametrize("role", ROLES)
def test_can_withdraw_application(role, status, everyone, ziemia, woda):
    application = build_application("dawid_to_ziemia", everyone=everyone, ziemia=ziemia, woda=woda, status=status)
    assert permissions.can_withdraw_application(everyone[role], application) is expect(WITHDRAW[status], role)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (ApplicationStatus.RECEIVED, ["shortlisted", "rejected"]),
        (ApplicationStatus.SHORTLISTED, ["hired", "rejected"]),
        (ApplicationStatus.REJECTED, []),
        (ApplicationStatus.HIRED, []),
        (ApplicationStatus.WITHDRAWN, []),
    ],
)
def test_the_status_flow_goes_received_shortlisted_then_rejected_or_hired(status, allowed):
    from platforma.talent.models import Application

    assert permissions.allowed_next_statuses(Application(status=status)) == allowed


def test_an_inactive_applicant_loses_access_to_their_application(everyone, ziemia, woda):
    application = build_application("dawid_to_ziemia", everyone=everyone, ziemia=ziemia, woda=woda)
    dawid = everyone["dawid"]
    dawid.is_active = False

    assert permissions.can_view_application(dawid, application) is False
