"""Two owners approve competing requests for the same days at the same moment: exactly one wins.

Each thread has its own database connection and its own transaction; a barrier releases them together.
On PostgreSQL the loser waits on the resource row lock, then sees the winner's approval and is refused (or,
if it ever got past the check, the exclusion constraint refuses it). On SQLite, IMMEDIATE transactions let one
writer in at a time, with the same outcome. The test database there is an in-memory one with a shared
cache, which answers "table is locked" at once instead of waiting as a file database does (busy_timeout);
the helper waits and retries in that case, as SQLite itself would.
"""

import threading
import time
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, connections
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.organisations.models import OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory
from platforma.resources import services
from platforma.resources.models import Booking, BookingStatus
from platforma.resources.tests.factories import BookingFactory, ResourceFactory

ROUNDS = 3


def approve_together(bookings: list[Booking], deciders: list) -> list[str]:
    barrier = threading.Barrier(len(bookings), timeout=20)
    outcomes: list[str] = [""] * len(bookings)

    def approve_waiting_for_sqlite(index: int) -> None:
        for _attempt in range(500):
            try:
                booking = Booking.objects.get(pk=bookings[index].pk)
                services.booking_approve(booking=booking, by=deciders[index])
                return
            except OperationalError as error:
                if connection.vendor != "sqlite" or "locked" not in str(error):
                    raise
                time.sleep(0.01)
        raise AssertionError("SQLite stayed locked for five seconds")

    def approve(index: int) -> None:
        try:
            barrier.wait()
            approve_waiting_for_sqlite(index)
            outcomes[index] = "approved"
        except ValidationError as error:
            outcomes[index] = " ".join(error.messages)
        except Exception as error:  # any other failure must show in the assertion, not vanish
            outcomes[index] = f"error: {error!r}"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(index,)) for index in range(len(bookings))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_approvals_of_overlapping_requests_leave_exactly_one_approved():
    owner = OrganisationFactory()
    first_decider, second_decider = UserFactory(), UserFactory()
    for decider in (first_decider, second_decider):
        MembershipFactory(organisation=owner, user=decider, role=OrganisationRole.ADMIN)
    today = timezone.localdate()

    for round_number in range(ROUNDS):
        resource = ResourceFactory(owner=owner)
        one = BookingFactory(
            resource=resource, starts_on=today + timedelta(days=10), ends_on=today + timedelta(days=14)
        )
        other = BookingFactory(
            resource=resource, starts_on=today + timedelta(days=13), ends_on=today + timedelta(days=16)
        )

        outcomes = approve_together([one, other], [first_decider, second_decider])

        assert sorted(outcome == "approved" for outcome in outcomes) == [False, True], (round_number, outcomes)
        refused = next(outcome for outcome in outcomes if outcome != "approved")
        assert "Nie można zatwierdzić tej rezerwacji" in refused, (connection.vendor, refused)
        statuses = sorted(Booking.objects.filter(resource=resource).values_list("status", flat=True))
        assert statuses == sorted([BookingStatus.APPROVED, BookingStatus.REQUESTED])
