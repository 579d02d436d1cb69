import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.organisations.models import (
    ClusterStatus,
    Invitation,
    InvitationStatus,
    Organisation,
    OrganisationMembership,
    OrganisationRole,
    OrganisationType,
)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Przedsiębiorstwo Rekultywacyjne {n} sp. z o.o.")
    slug = factory.Sequence(lambda n: f"przedsiebiorstwo-{n}")
    type = OrganisationType.COMPANY
    city = "Piekary Śląskie"
    postal_code = "41-940"
    cluster_status = ClusterStatus.MEMBER
    member_since = factory.LazyFunction(lambda: timezone.localdate())
    description = "Rekultywacja gleb zanieczyszczonych metalami ciężkimi."


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = OrganisationMembership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory("platforma.accounts.tests.factories.UserFactory")
    role = OrganisationRole.MEMBER


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"zaproszony{n}@przyklad.example")
    role = OrganisationRole.MEMBER
    token = factory.Sequence(lambda n: f"token-testowy-{n}")
    status = InvitationStatus.PENDING
