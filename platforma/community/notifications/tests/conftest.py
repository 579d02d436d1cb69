import pytest

from platforma.organisations.models import ClusterStatus, OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


@pytest.fixture
def applicant(db):
    """An organisation still applying to the cluster: only its own people and the coordinator see it."""
    return OrganisationFactory(
        name="Tajny Projekt Rekultywacji sp. z o.o.", slug="tajny-projekt", cluster_status=ClusterStatus.APPLICANT
    )


@pytest.fixture
def filip(applicant):
    """Admin of the applicant organisation."""
    return MembershipFactory(organisation=applicant, role=OrganisationRole.ADMIN).user
