"""Loads the demo offers and applications (demo_data.py) on top of the cluster that seed_demo created.

Rows are written directly rather than through the services: the services would send e-mails about
applications nobody made, and would refuse the already expired and closed offers that the demo shows
on purpose. The rules still hold by construction (tests/test_demo.py checks them). CVs are small
generated PDFs in private storage, so that an organisation can open one in the demo.
"""

import datetime
from collections import Counter

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.organisations.models import Organisation
from platforma.talent.demo_data import APPLICATIONS, OFFERS
from platforma.talent.models import Application, Offer
from platforma.talent.pdf import minimal_pdf
from platforma.taxonomy.models import Competence


class TalentDemoError(Exception):
    """The demo cluster is not there (or not all of it): nothing was written."""


def _at(now: datetime.datetime, days_ago: float, hour: int) -> datetime.datetime:
    moment = timezone.localtime(now - datetime.timedelta(days=days_ago))
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@transaction.atomic
def load_demo(*, now: datetime.datetime) -> dict[str, int]:
    """Creates the demo offers and applications and returns how many of each it wrote.

    Does nothing (and returns zeros) when the demo offers are already there; raises TalentDemoError when
    an organisation, a person or a competence of the data is missing. Sends no e-mail."""
    slugs = {offer["organisation"] for offer in OFFERS}
    emails = {offer["author"] for offer in OFFERS} | {application["applicant"] for application in APPLICATIONS}
    competence_slugs = {slug for offer in OFFERS for slug in offer["competences"]}
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    people = {u.email: u for u in User.objects.filter(email__in=emails)}
    competences = {c.slug: c for c in Competence.objects.filter(slug__in=competence_slugs)}
    missing = sorted((slugs - set(organisations)) | (emails - set(people)) | (competence_slugs - set(competences)))
    if missing:
        raise TalentDemoError(f"Brak danych klastra demonstracyjnego ({', '.join(missing[:3])}…): uruchom seed_demo.")
    if Offer.objects.filter(organisation__in=organisations.values(), title=OFFERS[0]["title"]).exists():
        return {"offers": 0, "applications": 0, "cvs": 0}

    today = timezone.localdate(now)
    counts: Counter[str] = Counter()
    offers: list[Offer] = []
    for data in OFFERS:
        pay_min, pay_max, pay_period = data.get("pay", (None, None, ""))
        offer = Offer(
            organisation=organisations[data["organisation"]],
            author=people[data["author"]],
            kind=data["kind"],
            title=data["title"],
            description=data["description"],
            city=data["city"],
            is_remote=data["is_remote"],
            working_time=data["working_time"],
            hours_note=data["hours_note"],
            pay_min=pay_min,
            pay_max=pay_max,
            pay_period=pay_period,
            deadline=today + datetime.timedelta(days=data["deadline_in"]),
            event_url=data.get("event_url", ""),
        )
        if "closed_ago" in data:
            offer.closed_at = _at(now, data["closed_ago"], hour=15)
        offer.full_clean()
        offer.save()
        offer.competences.set([competences[slug] for slug in data["competences"]])
        published = _at(now, data["published_ago"], hour=9)
        Offer.objects.filter(pk=offer.pk).update(created_at=published, updated_at=published)
        offers.append(offer)
        counts["offers"] += 1

    for index, row in enumerate(APPLICATIONS):
        source = OFFERS[row["offer"]]
        offer = offers[row["offer"]]
        applicant = people[row["applicant"]]
        application = Application(offer=offer, applicant=applicant, message=row["message"], status=row["status"])
        application.full_clean(exclude=["cv"])
        if row["cv_lines"]:
            cv = minimal_pdf("Curriculum vitae", *row["cv_lines"], f"E-mail: {applicant.email}")
            application.cv.save("cv.pdf", ContentFile(cv), save=False)
            counts["cvs"] += 1
        application.save()
        sent = min(_at(now, max(source["published_ago"] - 1 - index % 3, 0), hour=11 + index % 6), now)
        decided = None if row["status"] == "received" else sent + (now - sent) / 2
        Application.objects.filter(pk=application.pk).update(
            created_at=sent, updated_at=decided or sent, status_changed_at=decided
        )
        counts["applications"] += 1
    return {"offers": counts["offers"], "applications": counts["applications"], "cvs": counts["cvs"]}
