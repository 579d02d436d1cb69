"""Facts about the demo cluster that do not need it loaded: its password, its marker, its log-ins."""

import re
from dataclasses import dataclass

from platforma.organisations.models import Organisation, OrganisationRole
from platforma.organisations.validators import slug_base
from platforma.portal.demo_data import ORGANISATIONS, PEOPLE, OrganisationData

DEMO_PASSWORD = "demo-haslo-2026"  # noqa: S105 - printed for everyone to use; demo accounts only
# Its presence means the demo cluster is loaded: the whole load is one transaction, so it is all or nothing.
MARKER_ORGANISATION = "ekopark"

ORGS_BY_KEY = {org["key"]: org for org in ORGANISATIONS}


def organisation_slug(org: OrganisationData) -> str:
    """The label of the organisation's web address: "https://www.gup-katowice.example" → "gup-katowice"."""
    match = re.fullmatch(r"https?://(?:www\.)?([a-z0-9-]+)\.example/?", org["website"])
    return slug_base(match.group(1) if match else org["key"].replace("_", "-"))


def demo_is_loaded() -> bool:
    return Organisation.objects.filter(slug=organisation_slug(ORGS_BY_KEY[MARKER_ORGANISATION])).exists()


@dataclass(frozen=True)
class DemoLogin:
    email: str
    label: str


@dataclass(frozen=True)
class DemoLogins:
    coordinator: DemoLogin
    organisation_admins: list[DemoLogin]
    specialists: list[DemoLogin]


def demo_logins(*, specialists: int = 4) -> DemoLogins:
    """Who to log in as, straight from the data (so it works before the data is loaded, too)."""
    coordinator = next(person for person in PEOPLE if person.get("is_coordinator"))
    return DemoLogins(
        coordinator=DemoLogin(coordinator["email"], f"{coordinator['first_name']} {coordinator['last_name']}"),
        organisation_admins=[
            DemoLogin(person["email"], ORGS_BY_KEY[person["organisation"]]["name"])
            for person in PEOPLE
            if person["organisation"] and person["org_role"] == OrganisationRole.ADMIN
        ],
        specialists=[
            DemoLogin(person["email"], f"{person['first_name']} {person['last_name']}, {person['job_title']}")
            for person in PEOPLE
            if person["organisation"] is None
        ][:specialists],
    )
