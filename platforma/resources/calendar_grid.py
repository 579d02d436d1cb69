"""The month grid of a resource's calendar: plain Python, no Django, tested without a database."""

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

# Months outside this range are not shown: far enough for any real booking, and far from date's limits,
# so that "next month" of the last one never overflows.
MIN_YEAR = 2000
MAX_YEAR = 2100
MONTH_PATTERN = re.compile(r"([0-9]{4})-([0-9]{2})")


class Span(Protocol):
    starts_on: date
    ends_on: date


@dataclass
class Day:
    day: date
    spans: list[Span] = field(default_factory=list)

    @property
    def is_busy(self) -> bool:
        return bool(self.spans)


@dataclass
class Week:
    number: int  # ISO week number, used as the row header
    days: list[Day | None]  # Monday to Sunday; None for a day of the previous or next month


def parse_month(value: str | None, *, today: date) -> date:
    """The first day of the month written as YYYY-MM; today's month for anything else."""
    match = MONTH_PATTERN.fullmatch((value or "").strip())
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            return date(year, month, 1)
    return today.replace(day=1)


def shift_month(first: date, months: int) -> date | None:
    """The first day of the month `months` away, or None when that is outside the calendar's range."""
    index = first.year * 12 + (first.month - 1) + months
    year, month = divmod(index, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return date(year, month + 1, 1)


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def month_weeks(first: date, spans: Iterable[Span]) -> list[Week]:
    """Weeks of the month, Monday first, each day carrying the spans (bookings) that cover it."""
    last = month_end(first)
    days = {first + timedelta(days=offset): Day(first + timedelta(days=offset)) for offset in range(last.day)}
    for span in spans:
        current = max(span.starts_on, first)
        while current <= min(span.ends_on, last):
            days[current].spans.append(span)
            current += timedelta(days=1)
    weeks: list[Week] = []
    for row in calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month):
        cells: Sequence[Day | None] = [days.get(day) if day.month == first.month else None for day in row]
        weeks.append(Week(number=row[0].isocalendar().week, days=list(cells)))
    return weeks
