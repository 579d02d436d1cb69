from collections import defaultdict
from itertools import pairwise

import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.resources import demo
from platforma.resources.models import Booking, BookingStatus, Resource, ResourceKind


@pytest.fixture
def demo_cluster(db):
    call_command("seed_demo", "--cluster-only", verbosity=0)
    # Once seed_demo calls this module itself, start from no resources, so that the counts below are ours.
    Booking.objects.all().delete()
    Resource.objects.all().delete()


def test_the_demo_lists_resources_with_bookings_in_every_state(demo_cluster):
    counts = demo.load_demo(now=timezone.now())

    assert counts["resources"] == len(demo.RESOURCES) == Resource.objects.count()
    assert counts["resource_bookings"] == len(demo.BOOKINGS) == Booking.objects.count()
    assert all(counts[f"resource_bookings_{status}"] > 0 for status in BookingStatus.values)
    ekopark = Resource.objects.get(owner__slug="ekopark")
    assert ekopark.kind == ResourceKind.TEST_SITE
    assert ekopark.competences.exists()
    assert set(Resource.objects.values_list("kind", flat=True)) == set(ResourceKind.values)


def test_approved_demo_bookings_of_one_resource_never_overlap(demo_cluster):
    demo.load_demo(now=timezone.now())
    approved = defaultdict(list)
    for booking in Booking.objects.approved().order_by("starts_on"):
        approved[booking.resource_id].append(booking)
    for bookings in approved.values():
        for earlier, later in pairwise(bookings):
            assert earlier.ends_on < later.starts_on, (earlier, later)
    for booking in Booking.objects.all():
        assert booking.created_at <= timezone.now()
        if booking.decided_at:
            assert (
                booking.decided_by is not None
                and booking.decided_by.organisation_memberships.filter(organisation=booking.resource.owner).exists()
            )


def test_loading_twice_adds_nothing(demo_cluster):
    demo.load_demo(now=timezone.now())
    assert demo.load_demo(now=timezone.now())["resources"] == 0
    assert Resource.objects.count() == len(demo.RESOURCES)


def test_without_the_demo_cluster_nothing_is_written(db):
    with pytest.raises(demo.DemoResourcesError, match="ekopark"):
        demo.load_demo(now=timezone.now())
    assert not Resource.objects.exists()
