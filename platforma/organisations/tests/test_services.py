import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from platforma.organisations import services
from platforma.organisations.models import (
    ClusterStatus,
    Invitation,
    InvitationStatus,
    MembershipStatusChange,
    Organisation,
    OrganisationMembership,
    OrganisationRole,
)
from platforma.organisations.tests.factories import InvitationFactory, MembershipFactory, OrganisationFactory

VALID_NIP = "1234563218"


@pytest.fixture
def apply(olek, django_capture_on_commit_callbacks):
    """Files an application as olek and runs the after-commit e-mail."""

    def file(**overrides):
        data = {"name": "Hałdy Śląskie sp. z o.o.", "type": "company", "city": "Bytom", "postal_code": "41-902"}
        data.update(overrides)
        user = data.pop("user", olek)
        with django_capture_on_commit_callbacks(execute=True):
            return services.organisation_apply(user=user, application_note="Chcemy rekultywować hałdy.", **data)

    return file


@pytest.fixture
def applicant(db):
    organisation = OrganisationFactory(
        name="Nowa Fundacja", cluster_status=ClusterStatus.APPLICANT, member_since=None, applied_at=timezone.now()
    )
    MembershipFactory(
        organisation=organisation, role=OrganisationRole.ADMIN, user__email="wnioskodawca@fundacja.example"
    )
    return organisation


class TestApply:
    def test_creates_an_applicant_organisation_with_the_applicant_as_its_admin(self, apply, olek, mailoutbox):
        organisation = apply(nip="123-456-32-18")

        organisation.refresh_from_db()
        assert organisation.cluster_status == ClusterStatus.APPLICANT
        assert organisation.slug == "haldy-slaskie-sp-z-oo"
        assert organisation.nip == VALID_NIP
        assert organisation.applied_at is not None
        assert organisation.member_since is None
        membership = OrganisationMembership.objects.get(organisation=organisation)
        assert (membership.user, membership.role) == (olek, OrganisationRole.ADMIN)
        assert organisation.status_changes.get().to_status == ClusterStatus.APPLICANT

    def test_tells_the_coordinator_by_email(self, apply, mailoutbox, settings):
        organisation = apply()

        assert len(mailoutbox) == 1
        message = mailoutbox[0]
        assert message.to == [settings.COORDINATOR_EMAIL]
        assert "Nowy wniosek o członkostwo: Hałdy Śląskie sp. z o.o." in message.subject
        assert "Chcemy rekultywować hałdy." in message.body
        assert f"/panel/czlonkostwo/{organisation.slug}/" in message.body
        assert "olek@gdziekolwiek.example" in message.body

    def test_gives_a_second_organisation_of_the_same_name_a_numbered_slug(self, apply):
        first = apply()
        second = apply(name="Hałdy Śląskie sp. z o.o.")
        third = apply(name="Hałdy Śląskie sp. z o.o.")
        assert [first.slug, second.slug, third.slug] == [
            "haldy-slaskie-sp-z-oo",
            "haldy-slaskie-sp-z-oo-2",
            "haldy-slaskie-sp-z-oo-3",
        ]

    def test_never_takes_a_slug_that_is_a_page(self, apply):
        assert apply(name="Dołącz").slug == "dolacz-2"

    def test_refuses_a_nip_that_another_organisation_already_has(self, apply, ziemia):
        ziemia.nip = VALID_NIP
        ziemia.save()
        with pytest.raises(ValidationError) as caught:
            apply(nip=VALID_NIP)
        assert "nip" in caught.value.message_dict
        assert Organisation.objects.count() == 1

    def test_allows_the_nip_of_a_rejected_organisation_to_apply_again(self, apply):
        OrganisationFactory(nip=VALID_NIP, cluster_status=ClusterStatus.REJECTED)
        assert apply(nip=VALID_NIP).nip == VALID_NIP

    def test_validates_numbers_even_without_a_form(self, apply):
        with pytest.raises(ValidationError) as caught:
            apply(nip="1234563219")
        assert caught.value.message_dict["nip"] == ["Nieprawidłowy NIP — sprawdź cyfrę kontrolną."]
        assert not Organisation.objects.exists()

    def test_stores_competences_and_a_logo_named_after_the_organisation(self, apply, competence_tree, png_upload):
        organisation = apply(competences=[competence_tree["stab"]], logo=png_upload("cokolwiek.gif"))
        assert list(organisation.competences.all()) == [competence_tree["stab"]]
        assert organisation.logo.name.startswith("logos/")
        assert organisation.logo.name.endswith("/haldy-slaskie-sp-z-oo.png")

    def test_anonymous_visitors_cannot_apply(self, db):
        from django.contrib.auth.models import AnonymousUser

        with pytest.raises(PermissionDenied):
            services.organisation_apply(user=AnonymousUser(), name="X", type="company", city="Bytom")
        assert not Organisation.objects.exists()


class TestUpdate:
    def test_admin_changes_the_data_but_not_the_slug_or_status(self, ziemia, bogdan, competence_tree):
        services.organisation_update(
            organisation=ziemia,
            by=bogdan,
            name="Ziemia Czysta S.A.",
            city="Piekary Śląskie",
            nip="123-456-32-18",
            competences=[competence_tree["water"]],
        )
        ziemia.refresh_from_db()
        assert (ziemia.name, ziemia.city, ziemia.nip) == ("Ziemia Czysta S.A.", "Piekary Śląskie", VALID_NIP)
        assert ziemia.slug == "ziemia-czysta"
        assert ziemia.cluster_status == ClusterStatus.MEMBER
        assert list(ziemia.competences.all()) == [competence_tree["water"]]

    def test_a_member_who_is_not_admin_cannot_edit(self, ziemia, celina):
        with pytest.raises(PermissionDenied):
            services.organisation_update(organisation=ziemia, by=celina, name="Przejęta")
        ziemia.refresh_from_db()
        assert ziemia.name == "Ziemia Czysta sp. z o.o."

    def test_refuses_the_nip_of_another_organisation(self, ziemia, woda, bogdan):
        woda.nip = VALID_NIP
        woda.save()
        with pytest.raises(ValidationError):
            services.organisation_update(organisation=ziemia, by=bogdan, nip=VALID_NIP)

    def test_replaces_and_removes_the_logo(self, ziemia, anna, png_upload):
        services.organisation_update(organisation=ziemia, by=anna, logo=png_upload())
        ziemia.refresh_from_db()
        assert ziemia.logo.name.endswith("ziemia-czysta.png")
        services.organisation_update(organisation=ziemia, by=anna, logo=services.REMOVE)
        ziemia.refresh_from_db()
        assert not ziemia.logo


class TestDecisions:
    def test_approval_makes_a_member_since_today_and_tells_the_admins(
        self, applicant, anna, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.membership_approve(organisation=applicant, by=anna, note="Witamy!")
        applicant.refresh_from_db()
        assert applicant.cluster_status == ClusterStatus.MEMBER
        assert applicant.member_since == timezone.localdate()
        assert applicant.decided_by == anna
        assert applicant.decided_at is not None
        assert applicant.decision_note == "Witamy!"
        assert [m.to for m in mailoutbox] == [["wnioskodawca@fundacja.example"]]
        assert "jest członkiem klastra" in mailoutbox[0].subject
        assert "Witamy!" in mailoutbox[0].body
        change = applicant.status_changes.get()
        assert (change.from_status, change.to_status, change.changed_by) == ("applicant", "member", anna)

    def test_rejection_needs_a_reason(self, applicant, anna):
        with pytest.raises(ValidationError) as caught:
            services.membership_reject(organisation=applicant, by=anna, reason="   ")
        assert "reason" in caught.value.message_dict
        applicant.refresh_from_db()
        assert applicant.cluster_status == ClusterStatus.APPLICANT

    def test_rejection_sends_the_reason_to_the_admins(
        self, applicant, anna, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.membership_reject(organisation=applicant, by=anna, reason="Działacie poza regionem.")
        applicant.refresh_from_db()
        assert applicant.cluster_status == ClusterStatus.REJECTED
        assert applicant.decision_note == "Działacie poza regionem."
        assert mailoutbox[0].to == ["wnioskodawca@fundacja.example"]
        assert "Działacie poza regionem." in mailoutbox[0].body

    def test_an_application_is_decided_only_once(self, applicant, anna):
        services.membership_approve(organisation=applicant, by=anna)
        with pytest.raises(ValidationError):
            services.membership_reject(organisation=applicant, by=anna, reason="Za późno")
        applicant.refresh_from_db()
        assert applicant.cluster_status == ClusterStatus.MEMBER

    @pytest.mark.parametrize("persona", ["bogdan", "ewa", "olek"])
    def test_only_the_coordinator_decides(self, applicant, persona, request):
        user = request.getfixturevalue(persona)
        with pytest.raises(PermissionDenied):
            services.membership_approve(organisation=applicant, by=user)
        with pytest.raises(PermissionDenied):
            services.membership_set_status(organisation=applicant, by=user, status=ClusterStatus.SUSPENDED)
        applicant.refresh_from_db()
        assert applicant.cluster_status == ClusterStatus.APPLICANT
        assert not MembershipStatusChange.objects.exists()

    def test_suspending_and_reinstating_a_member(
        self, ziemia, bogdan, anna, mailoutbox, django_capture_on_commit_callbacks
    ):
        since = ziemia.member_since
        with django_capture_on_commit_callbacks(execute=True):
            services.membership_set_status(organisation=ziemia, by=anna, status="suspended", note="Brak składek")
        assert ziemia.cluster_status == ClusterStatus.SUSPENDED
        with django_capture_on_commit_callbacks(execute=True):
            services.membership_set_status(organisation=ziemia, by=anna, status="member")
        ziemia.refresh_from_db()
        assert ziemia.cluster_status == ClusterStatus.MEMBER
        assert ziemia.member_since == since
        assert [m.subject.split("] ")[1] for m in mailoutbox] == [
            "Zawieszenie członkostwa: Ziemia Czysta sp. z o.o.",
            "Przywrócenie członkostwa: Ziemia Czysta sp. z o.o.",
        ]
        assert all(m.to == ["bogdan@ziemia.example"] for m in mailoutbox)

    def test_a_former_member_who_returns_starts_a_new_membership(self, ziemia, anna):
        ziemia.member_since = datetime.date(2020, 1, 1)
        ziemia.save()
        services.membership_set_status(organisation=ziemia, by=anna, status="former")
        services.membership_set_status(organisation=ziemia, by=anna, status="member")
        ziemia.refresh_from_db()
        assert ziemia.member_since == timezone.localdate()

    @pytest.mark.parametrize(
        ("start", "target"),
        [("applicant", "member"), ("applicant", "suspended"), ("rejected", "member"), ("former", "suspended")],
    )
    def test_status_changes_outside_the_allowed_ones_are_refused(self, anna, start, target):
        organisation = OrganisationFactory(cluster_status=start)
        with pytest.raises(ValidationError) as caught:
            services.membership_set_status(organisation=organisation, by=anna, status=target)
        assert "status" in caught.value.message_dict
        organisation.refresh_from_db()
        assert organisation.cluster_status == start


class TestInvitations:
    def test_an_admin_invites_by_email_with_a_random_token(
        self, ziemia, bogdan, mailoutbox, django_capture_on_commit_callbacks, settings
    ):
        with django_capture_on_commit_callbacks(execute=True):
            invitation = services.invitation_create(
                organisation=ziemia, by=bogdan, email=" Nowa@Przyklad.Example ", role="admin"
            )
        assert invitation.email == "nowa@przyklad.example"
        assert invitation.status == InvitationStatus.PENDING
        assert len(invitation.token) >= 40
        assert mailoutbox[0].to == ["nowa@przyklad.example"]
        assert f"{settings.SITE_URL}/organizacje/zaproszenie/{invitation.token}/" in mailoutbox[0].body
        assert "Bogdan Adminowski" in mailoutbox[0].body

    def test_tokens_differ_between_invitations(self, ziemia, bogdan):
        first = services.invitation_create(organisation=ziemia, by=bogdan, email="a@x.example", role="member")
        second = services.invitation_create(organisation=ziemia, by=bogdan, email="b@x.example", role="member")
        assert first.token != second.token

    def test_the_same_address_is_not_invited_twice(self, ziemia, bogdan):
        services.invitation_create(organisation=ziemia, by=bogdan, email="a@x.example", role="member")
        with pytest.raises(ValidationError) as caught:
            services.invitation_create(organisation=ziemia, by=bogdan, email="A@x.example", role="member")
        assert "email" in caught.value.message_dict

    def test_a_person_already_in_the_organisation_is_not_invited(self, ziemia, bogdan, celina):
        with pytest.raises(ValidationError):
            services.invitation_create(organisation=ziemia, by=bogdan, email="CELINA@ziemia.example", role="member")
        assert not Invitation.objects.exists()

    @pytest.mark.parametrize("persona", ["celina", "ewa", "olek"])
    def test_only_admins_and_the_coordinator_invite(self, ziemia, persona, request, mailoutbox):
        with pytest.raises(PermissionDenied):
            services.invitation_create(
                organisation=ziemia, by=request.getfixturevalue(persona), email="a@x.example", role="member"
            )
        assert not Invitation.objects.exists()

    def test_accepting_creates_the_membership_even_from_another_address(self, ziemia, olek):
        invitation = InvitationFactory(organisation=ziemia, email="inny@adres.example", role=OrganisationRole.ADMIN)
        membership = services.invitation_accept(token=invitation.token, user=olek)
        assert (membership.organisation, membership.user, membership.role) == (ziemia, olek, "admin")
        invitation.refresh_from_db()
        assert invitation.status == InvitationStatus.ACCEPTED
        assert invitation.accepted_by == olek
        assert invitation.accepted_at is not None

    @pytest.mark.parametrize("status", [InvitationStatus.ACCEPTED, InvitationStatus.REVOKED])
    def test_a_used_or_revoked_invitation_cannot_be_accepted(self, ziemia, olek, status):
        invitation = InvitationFactory(organisation=ziemia, status=status)
        with pytest.raises(ValidationError):
            services.invitation_accept(token=invitation.token, user=olek)
        assert not OrganisationMembership.objects.filter(user=olek).exists()

    def test_a_person_already_in_the_organisation_cannot_accept_again(self, ziemia, celina):
        invitation = InvitationFactory(organisation=ziemia, role=OrganisationRole.ADMIN)
        with pytest.raises(ValidationError):
            services.invitation_accept(token=invitation.token, user=celina)
        assert OrganisationMembership.objects.get(user=celina).role == OrganisationRole.MEMBER

    def test_revoking_a_pending_invitation(self, ziemia, bogdan, olek):
        invitation = InvitationFactory(organisation=ziemia)
        services.invitation_revoke(invitation=invitation, by=bogdan)
        invitation.refresh_from_db()
        assert invitation.status == InvitationStatus.REVOKED
        with pytest.raises(ValidationError):
            services.invitation_accept(token=invitation.token, user=olek)

    def test_another_organisations_admin_cannot_revoke(self, ziemia, ewa):
        invitation = InvitationFactory(organisation=ziemia)
        with pytest.raises(PermissionDenied):
            services.invitation_revoke(invitation=invitation, by=ewa)
        invitation.refresh_from_db()
        assert invitation.status == InvitationStatus.PENDING

    def test_a_revoked_invitation_sends_no_email_when_the_worker_runs_late(self, ziemia, mailoutbox):
        from platforma.organisations.tasks import send_invitation

        invitation = InvitationFactory(organisation=ziemia, status=InvitationStatus.REVOKED)
        send_invitation.call(invitation.pk)
        assert mailoutbox == []


class TestPeople:
    def test_an_admin_removes_a_member(self, ziemia, bogdan, celina):
        membership = OrganisationMembership.objects.get(user=celina)
        services.person_remove(membership=membership, by=bogdan)
        assert not OrganisationMembership.objects.filter(user=celina).exists()

    def test_the_last_admin_cannot_be_removed(self, ziemia, bogdan, anna):
        membership = OrganisationMembership.objects.get(user=bogdan)
        for actor in (bogdan, anna):
            with pytest.raises(ValidationError) as caught:
                services.person_remove(membership=membership, by=actor)
            assert caught.value.code == "last_admin"
        assert OrganisationMembership.objects.filter(user=bogdan).exists()

    def test_the_last_admin_cannot_step_down(self, ziemia, bogdan):
        membership = OrganisationMembership.objects.get(user=bogdan)
        with pytest.raises(ValidationError):
            services.person_set_role(membership=membership, by=bogdan, role=OrganisationRole.MEMBER)
        membership.refresh_from_db()
        assert membership.role == OrganisationRole.ADMIN

    def test_an_admin_hands_over_the_role_and_then_steps_down(self, ziemia, bogdan, celina):
        celinas = OrganisationMembership.objects.get(user=celina)
        bogdans = OrganisationMembership.objects.get(user=bogdan)
        services.person_set_role(membership=celinas, by=bogdan, role=OrganisationRole.ADMIN)
        services.person_set_role(membership=bogdans, by=bogdan, role=OrganisationRole.MEMBER)
        assert dict(OrganisationMembership.objects.values_list("user__email", "role")) == {
            "celina@ziemia.example": "admin",
            "bogdan@ziemia.example": "member",
        }

    def test_an_unknown_role_is_refused(self, ziemia, bogdan, celina):
        with pytest.raises(ValidationError):
            services.person_set_role(membership=OrganisationMembership.objects.get(user=celina), by=bogdan, role="boss")

    @pytest.mark.parametrize("persona", ["celina", "ewa", "dawid"])
    def test_only_admins_and_the_coordinator_manage_people(self, ziemia, bogdan, celina, persona, request):
        user = request.getfixturevalue(persona)
        membership = OrganisationMembership.objects.get(user=bogdan)
        with pytest.raises(PermissionDenied):
            services.person_set_role(membership=membership, by=user, role=OrganisationRole.MEMBER)
        with pytest.raises(PermissionDenied):
            services.person_remove(membership=membership, by=user)
        assert OrganisationMembership.objects.get(user=bogdan).role == OrganisationRole.ADMIN
