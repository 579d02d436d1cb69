"""The month grid is plain Python: no database."""

from dataclasses import dataclass
from datetime import date

import pytest

from platforma.resources.calendar_grid import month_end, month_weeks, parse_month, shift_month

TODAY = date(2026, 5, 14)


@dataclass
class Span:
    starts_on: date
    ends_on: date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-07", date(2026, 7, 1)),
        (" 2026-12 ", date(2026, 12, 1)),
        (None, date(2026, 5, 1)),
        ("", date(2026, 5, 1)),
        ("2026-13", date(2026, 5, 1)),
        ("2026-00", date(2026, 5, 1)),
        ("2026-7", date(2026, 5, 1)),
        ("abc", date(2026, 5, 1)),
        ("9999-12", date(2026, 5, 1)),
        ("0001-01", date(2026, 5, 1)),
        ("2026-05-01", date(2026, 5, 1)),
        ("２０２６-０７", date(2026, 5, 1)),
    ],
)
def test_a_malformed_month_falls_back_to_the_current_one(value, expected):
    assert parse_month(value, today=TODAY) == expected


def test_shifting_crosses_years_and_stops_at_the_calendars_edges():
    assert shift_month(date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert shift_month(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert shift_month(date(2100, 12, 1), 1) is None
    assert shift_month(date(2000, 1, 1), -1) is None


def test_month_end_knows_leap_years():
    assert month_end(date(2028, 2, 1)) == date(2028, 2, 29)
    assert month_end(date(2026, 2, 1)) == date(2026, 2, 28)


def test_weeks_start_on_monday_and_leave_days_of_other_months_empty():
    weeks = month_weeks(date(2026, 5, 1), [])
    # May 2026 starts on a Friday and ends on a Sunday: five weeks, ISO weeks 18 to 22.
    assert [week.number for week in weeks] == [18, 19, 20, 21, 22]
    assert weeks[0].days[:4] == [None, None, None, None]
    assert weeks[0].days[4].day == date(2026, 5, 1)
    assert weeks[-1].days[-1].day == date(2026, 5, 31)
    assert all(len(week.days) == 7 for week in weeks)


def test_a_booking_marks_every_day_it_covers_within_the_month_both_ends_included():
    across_months = Span(date(2026, 4, 28), date(2026, 5, 2))
    inside = Span(date(2026, 5, 20), date(2026, 5, 20))
    weeks = month_weeks(date(2026, 5, 1), [across_months, inside])
    busy = sorted(day.day.day for week in weeks for day in week.days if day and day.is_busy)
    assert busy == [1, 2, 20]
