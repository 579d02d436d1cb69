"""A small iCalendar (RFC 5545) writer for all-day events. Plain Python, no Django.

What the RFC asks of us and this module does: lines end with CRLF; a content line longer than 75 octets
is folded (CRLF followed by one space) without splitting a UTF-8 character; TEXT values escape backslash,
semicolon, comma and newlines; every VEVENT has UID and DTSTAMP (in UTC); an all-day event has DTSTART
and an exclusive DTEND as VALUE=DATE.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = "-//Platforma Srodowiskowa//Przedsiewziecia//PL"


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash first, then ; and , and line breaks as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Folds one content line at 75 octets (§3.1); continuation lines start with a space."""
    if len(line.encode("utf-8")) <= MAX_OCTETS:
        return line
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return CRLF.join(parts)


def _utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _event_lines(event: Event, *, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(event.day)}",
        f"DTEND;VALUE=DATE:{_date(event.day + timedelta(days=1))}",
        f"SUMMARY:{escape_text(event.summary)}",
        "TRANSP:TRANSPARENT",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.url:
        # URL is a URI value, not TEXT: it is not escaped, only kept on one (folded) line.
        lines.append(f"URL:{event.url.replace(CRLF, '').replace(chr(10), '')}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(category) for category in event.categories))
    lines.append("END:VEVENT")
    return lines


def calendar(*, name: str, events: Iterable[Event], stamp: datetime) -> str:
    """The whole VCALENDAR as text with CRLF line endings (ending with one)."""
    dtstamp = _utc_stamp(stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines.extend(_event_lines(event, stamp=dtstamp))
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(line) for line in lines) + CRLF
