"""Reads of enquiries. Only the coordinator reaches these (see permissions.can_manage_enquiries)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryStatus

STATUS_ALL = "all"
STATUS_FILTERS = (STATUS_ALL, EnquiryStatus.NEW, EnquiryStatus.ANSWERED, EnquiryStatus.CLOSED)


def enquiry_list(*, status: str | None) -> QuerySet[Enquiry]:
    """Newest first, with the number of answers; an unknown status lists everything."""
    queryset = Enquiry.objects.annotate(answer_count=Count("answers")).order_by("-created_at", "-pk")
    if status in EnquiryStatus.values:
        queryset = queryset.filter(status=status)
    return queryset


def enquiry_status_counts() -> dict[str, int]:
    """How many enquiries are in each status, and in all, in one query."""
    counts = Enquiry.objects.aggregate(
        **{value: Count("pk", filter=Q(status=value)) for value in EnquiryStatus.values},
        **{STATUS_ALL: Count("pk")},
    )
    return {key: value or 0 for key, value in counts.items()}


def enquiry_get(*, pk: int) -> Enquiry:
    """One enquiry with its answers and their authors; 404 when there is none."""
    answers = EnquiryAnswer.objects.select_related("author").order_by("created_at", "pk")
    return get_object_or_404(Enquiry.objects.prefetch_related(Prefetch("answers", queryset=answers)), pk=pk)


def enquiry_new_count() -> int:
    return Enquiry.objects.filter(status=EnquiryStatus.NEW).count()


def enquiry_rate_limited(*, email: str, sender_ip: str | None) -> bool:
    """True when the address (any letter case) or the IP has sent CONTACT_RATE_LIMIT enquiries within the hour.

    Counted from saved enquiries, so the limit holds across processes and restarts with no cache.
    """
    limit = settings.CONTACT_RATE_LIMIT
    recent = Enquiry.objects.filter(created_at__gte=timezone.now() - timedelta(hours=1))
    if recent.filter(email__iexact=email).count() >= limit:
        return True
    return bool(sender_ip) and recent.filter(sender_ip=sender_ip).count() >= limit
