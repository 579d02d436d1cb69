"""The iCalendar writer against RFC 5545, checked by a strict reader written here (no icalendar package)."""

import re
from datetime import UTC, date, datetime, timedelta, timezone

from platforma.initiatives import ical

STAMP = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def unfold(text: str) -> list[str]:
    """Content lines as RFC 5545 §3.1 defines them; fails on anything a strict reader would refuse."""
    assert text.endswith("\r\n"), "the last line must end with CRLF"
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line, f"bare line break in {line!r}"
        assert len(line.encode("utf-8")) <= 75, f"line longer than 75 octets: {line!r}"
    lines: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            assert lines, "a continuation line cannot come first"
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


CONTENT_LINE = re.compile(r"^[A-Z][A-Z0-9-]*(;[A-Z-]+=[^;:]+)*:.*$")


def parse(text: str) -> list[dict[str, list[str]]]:
    """The VEVENTs as {property: [values]}, after checking the nesting of the components."""
    lines = unfold(text)
    for line in lines:
        assert CONTENT_LINE.match(line), f"not a content line: {line!r}"
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            assert current is None, "nested VEVENT"
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            current.setdefault(name, []).append(value)
    assert current is None, "VEVENT not closed"
    return events


def unescape(value: str) -> str:
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            following = value[index + 1]
            assert following in "\\;,nN", f"invalid escape \\{following}"
            out.append("\n" if following in "nN" else following)
            index += 2
            continue
        assert char not in ";,", f"unescaped {char!r} in TEXT value {value!r}"
        out.append(char)
        index += 1
    return "".join(out)


def test_text_is_escaped_and_comes_back_unchanged():
    tricky = 'Próbki; gleby, wody \\ i "powietrza"\nDruga linia'
    escaped = ical.escape_text(tricky)

    assert escaped == 'Próbki\\; gleby\\, wody \\\\ i "powietrza"\\nDruga linia'
    assert unescape(escaped) == tricky


def test_long_polish_lines_fold_at_75_octets_without_splitting_a_character():
    line = "SUMMARY:" + "Źdźbła żółtej trawy na hałdzie ołowiowo-cynkowej " * 5
    folded = ical.fold(line)

    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert "".join([physical[0], *(part[1:] for part in physical[1:])]) == line


def test_a_short_line_is_not_folded():
    assert ical.fold("SUMMARY:krótko") == "SUMMARY:krótko"


def test_a_calendar_of_all_day_events_follows_the_rfc():
    events = [
        ical.Event(
            uid="initiative-7-milestone-1@platforma.example",
            day=date(2026, 12, 31),
            summary="Kamień milowy: raport końcowy, wersja 1; do akceptacji",
            description="Hałda „Brzeziny”\nStan: do osiągnięcia",
            url="https://platforma.example/przedsiewziecia/7/kalendarz/",
            categories=("kamień milowy",),
        ),
        ical.Event(uid="initiative-7-task-3@platforma.example", day=date(2027, 1, 5), summary="Termin zadania: x"),
    ]

    text = ical.calendar(name="Rekultywacja, etap 1", events=events, stamp=STAMP)
    parsed = parse(text)

    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert len(parsed) == 2
    first, second = parsed
    assert first["UID"] == ["initiative-7-milestone-1@platforma.example"]
    assert first["DTSTAMP"] == ["20261128T093000Z"]
    assert first["DTSTART;VALUE=DATE"] == ["20261231"]
    assert first["DTEND;VALUE=DATE"] == ["20270101"]
    assert unescape(first["SUMMARY"][0]) == "Kamień milowy: raport końcowy, wersja 1; do akceptacji"
    assert unescape(first["DESCRIPTION"][0]) == "Hałda „Brzeziny”\nStan: do osiągnięcia"
    assert first["URL"] == ["https://platforma.example/przedsiewziecia/7/kalendarz/"]
    assert second["DTSTART;VALUE=DATE"] == ["20270105"] and "DESCRIPTION" not in second
    assert "X-WR-CALNAME:Rekultywacja\\, etap 1" in unfold(text)


def test_dtstamp_is_written_in_utc_whatever_the_zone_given():
    warsaw = timezone(timedelta(hours=1))
    text = ical.calendar(
        name="x",
        events=[ical.Event(uid="a@b", day=date(2026, 1, 1), summary="s")],
        stamp=datetime(2026, 1, 1, 10, 0, tzinfo=warsaw),
    )

    assert parse(text)[0]["DTSTAMP"] == ["20260101T090000Z"]


def test_an_empty_calendar_is_still_valid():
    assert parse(ical.calendar(name="Puste", events=[], stamp=STAMP)) == []
