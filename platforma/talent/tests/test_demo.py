import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.organisations.models import ClusterStatus
from platforma.talent import demo, selectors
from platforma.talent.demo_data import OFFERS
from platforma.talent.models import Application, Offer, OfferKind


@pytest.fixture
def demo_cluster(db):
    call_command("seed_demo", "--cluster-only", stdout=io.StringIO())


def test_the_demo_fills_the_board_with_every_kind_of_offer_and_some_applications(demo_cluster, private_media):
    now = timezone.now()

    counts = demo.load_demo(now=now)

    assert counts == {"offers": len(OFFERS), "applications": Application.objects.count(), "cvs": counts["cvs"]}
    assert counts["offers"] >= 15
    assert counts["applications"] >= 5
    assert {offer.kind for offer in Offer.objects.all()} == set(OfferKind.values)
    assert selectors.offer_list_open().count() >= 15
    assert Offer.objects.filter(deadline__lt=timezone.localdate()).exists()
    assert Offer.objects.filter(closed_at__isnull=False).exists()
    for offer in Offer.objects.select_related("organisation", "author"):
        offer.full_clean()
        assert offer.organisation.cluster_status == ClusterStatus.MEMBER
        assert offer.author.organisation_memberships.filter(organisation=offer.organisation).exists()
        assert offer.competences.exists()
        assert offer.created_at <= now
    for application in Application.objects.select_related("offer", "applicant"):
        assert not application.applicant.organisation_memberships.filter(
            organisation=application.offer.organisation
        ).exists()
        assert application.created_at >= application.offer.created_at
        assert application.created_at <= now
        if application.cv:
            assert application.cv.open("rb").read(5) == b"%PDF-"
        else:
            assert application.offer.kind == OfferKind.TRAINING


def test_loading_twice_adds_nothing(demo_cluster, private_media):
    demo.load_demo(now=timezone.now())

    assert demo.load_demo(now=timezone.now() + datetime.timedelta(days=1)) == {
        "offers": 0,
        "applications": 0,
        "cvs": 0,
    }
    assert Offer.objects.count() == len(OFFERS)


def test_without_the_demo_cluster_nothing_is_written(db):
    with pytest.raises(demo.TalentDemoError, match="seed_demo"):
        demo.load_demo(now=timezone.now())
    assert not Offer.objects.exists()
