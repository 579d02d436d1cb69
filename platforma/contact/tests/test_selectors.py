from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from platforma.contact import selectors
from platforma.contact.models import Enquiry, EnquiryStatus
from platforma.contact.tests.factories import EnquiryAnswerFactory, EnquiryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def inbox():
    return {
        "new": EnquiryFactory(status=EnquiryStatus.NEW),
        "answered": EnquiryFactory(status=EnquiryStatus.ANSWERED),
        "closed": EnquiryFactory(status=EnquiryStatus.CLOSED),
    }


@pytest.mark.parametrize("status", ["new", "answered", "closed"])
def test_enquiry_list_filters_by_status(inbox, status):
    assert list(selectors.enquiry_list(status=status)) == [inbox[status]]


@pytest.mark.parametrize("status", ["all", None, "", "xyz"])
def test_enquiry_list_without_a_known_status_lists_everything_newest_first(inbox, status):
    listed = list(selectors.enquiry_list(status=status))

    assert listed == sorted(inbox.values(), key=lambda e: (e.created_at, e.pk), reverse=True)


def test_enquiry_list_counts_answers(inbox):
    EnquiryAnswerFactory.create_batch(2, enquiry=inbox["answered"])

    counts = {enquiry.pk: enquiry.answer_count for enquiry in selectors.enquiry_list(status="all")}

    assert counts == {inbox["new"].pk: 0, inbox["answered"].pk: 2, inbox["closed"].pk: 0}


def test_status_counts(inbox):
    EnquiryFactory(status=EnquiryStatus.NEW)

    assert selectors.enquiry_status_counts() == {"new": 2, "answered": 1, "closed": 1, "all": 4}


def test_status_counts_of_an_empty_inbox_are_zero():
    assert selectors.enquiry_status_counts() == {"new": 0, "answered": 0, "closed": 0, "all": 0}


def test_new_count_counts_only_new_enquiries(inbox):
    assert selectors.enquiry_new_count() == 1


def test_enquiry_get_returns_the_enquiry_with_answers_in_order(inbox, django_assert_num_queries):
    first = EnquiryAnswerFactory(enquiry=inbox["answered"])
    second = EnquiryAnswerFactory(enquiry=inbox["answered"])

    with django_assert_num_queries(2):
        enquiry = selectors.enquiry_get(pk=inbox["answered"].pk)
        answers = list(enquiry.answers.all())
        [answer.author for answer in answers]

    assert answers == [first, second]


def test_enquiry_get_of_a_missing_enquiry_is_404():
    with pytest.raises(Http404):
        selectors.enquiry_get(pk=424242)


def test_rate_limit_counts_the_last_hour_per_address_and_per_ip(settings):
    settings.CONTACT_RATE_LIMIT = 2
    EnquiryFactory(email="a@przyklad.example", sender_ip="192.0.2.1")
    EnquiryFactory(email="A@PRZYKLAD.example", sender_ip="192.0.2.2")
    EnquiryFactory(email="b@przyklad.example", sender_ip="192.0.2.3")
    old = EnquiryFactory(email="c@przyklad.example", sender_ip="192.0.2.3")
    Enquiry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=2))

    assert selectors.enquiry_rate_limited(email="a@przyklad.example", sender_ip="198.51.100.1") is True
    assert selectors.enquiry_rate_limited(email="b@przyklad.example", sender_ip="198.51.100.1") is False
    assert selectors.enquiry_rate_limited(email="c@przyklad.example", sender_ip="192.0.2.3") is False
    assert selectors.enquiry_rate_limited(email="d@przyklad.example", sender_ip=None) is False
    EnquiryFactory(email="e@przyklad.example", sender_ip="192.0.2.3")
    assert selectors.enquiry_rate_limited(email="d@przyklad.example", sender_ip="192.0.2.3") is True
