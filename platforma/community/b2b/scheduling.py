"""Placing accepted B2B meetings into an event's time slots. Plain Python, no Django.

The problem is edge colouring with a capacity: people are vertices, meetings are edges, slots are
colours, and each colour may be used at most `tables` times. It is NP-hard in general, so `schedule()`
first runs a greedy pass that always takes the most constrained meeting next (fewest free slots left,
then the busiest people) and, when that leaves meetings out, a branch-and-bound search with a node
budget that can only improve on it. Small events (the usual case: tens of meetings) get a provably
maximal plan; large ones get the greedy plan at worst. Everything is ordered by keys, so the same input
always gives the same plan — an organiser who presses "plan again" sees no reshuffle for nothing.
"""

import datetime
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

# Past this many meetings to place, the exact search is not attempted: its recursion goes one level a
# meeting, and the greedy plan is already good on inputs that large.
SEARCH_LIMIT = 400
DEFAULT_BUDGET = 20_000


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime.datetime
    end: datetime.datetime


@dataclass(frozen=True)
class MeetingToPlace:
    key: int
    people: tuple[Hashable, Hashable]


@dataclass(frozen=True, order=True)
class Placement:
    slot: int
    table: int


@dataclass(frozen=True)
class Plan:
    placed: dict[int, Placement]
    unplaced: list[int]
    # True when the search ran to the end: no plan places more meetings.
    optimal: bool


def make_slots(windows: Iterable[tuple[datetime.datetime, datetime.datetime]], minutes: int) -> list[Slot]:
    """Cuts each window into back-to-back slots of `minutes`; a remainder too short for a meeting is dropped.

    Overlapping windows do not produce the same slot twice."""
    if minutes <= 0:
        raise ValueError("A slot must last at least one minute.")
    length = datetime.timedelta(minutes=minutes)
    slots: set[Slot] = set()
    for start, end in windows:
        moment = start
        while moment + length <= end:
            slots.add(Slot(moment, moment + length))
            moment += length
    return sorted(slots)


class _Board:
    """Who is busy in which slot and how many tables each slot has left."""

    def __init__(self, *, slot_count: int, tables: int) -> None:
        self.slot_count = slot_count
        self.busy: dict[Hashable, set[int]] = defaultdict(set)
        self.tables_used: dict[int, set[int]] = defaultdict(set)
        self.free_tables = [tables] * slot_count
        self.tables = tables

    def take(self, meeting: MeetingToPlace, slot: int, table: int | None = None) -> None:
        for person in meeting.people:
            self.busy[person].add(slot)
        self.free_tables[slot] -= 1
        if table is not None:
            self.tables_used[slot].add(table)

    def release(self, meeting: MeetingToPlace, slot: int) -> None:
        for person in meeting.people:
            self.busy[person].discard(slot)
        self.free_tables[slot] += 1

    def feasible(self, meeting: MeetingToPlace) -> list[int]:
        first, second = meeting.people
        return [
            slot
            for slot in range(self.slot_count)
            if self.free_tables[slot] > 0 and slot not in self.busy[first] and slot not in self.busy[second]
        ]

    def lowest_free_table(self, slot: int) -> int:
        return next(table for table in range(1, self.tables + 1) if table not in self.tables_used[slot])


def _check(meetings: Sequence[MeetingToPlace], fixed: Mapping[MeetingToPlace, Placement], slot_count: int) -> None:
    keys = [meeting.key for meeting in meetings] + [meeting.key for meeting in fixed]
    if len(keys) != len(set(keys)):
        raise ValueError("Each meeting may appear only once.")
    for meeting in [*meetings, *fixed]:
        if meeting.people[0] == meeting.people[1]:
            raise ValueError(f"Meeting {meeting.key} has the same person on both sides.")
    for placement in fixed.values():
        if not 0 <= placement.slot < slot_count:
            raise ValueError(f"Slot {placement.slot} does not exist.")


def _fixed_board(*, fixed: Mapping[MeetingToPlace, Placement], slot_count: int, tables: int) -> _Board:
    board = _Board(slot_count=slot_count, tables=tables)
    for meeting, placement in sorted(fixed.items(), key=lambda item: item[0].key):
        board.take(meeting, placement.slot, placement.table)
    return board


def place_earliest(
    meeting: MeetingToPlace, *, slot_count: int, tables: int, fixed: Mapping[MeetingToPlace, Placement]
) -> Placement | None:
    """The earliest slot where both people and a table are free, at the lowest free table; None if none.

    Used when one meeting is accepted: the meetings already in people's agendas stay where they are."""
    _check([meeting], fixed, slot_count)
    board = _fixed_board(fixed=fixed, slot_count=slot_count, tables=tables)
    for slot in board.feasible(meeting):
        return Placement(slot=slot, table=board.lowest_free_table(slot))
    return None


def _degrees(meetings: Iterable[MeetingToPlace]) -> dict[Hashable, int]:
    degree: dict[Hashable, int] = defaultdict(int)
    for meeting in meetings:
        for person in meeting.people:
            degree[person] += 1
    return degree


def _greedy(board: _Board, meetings: Sequence[MeetingToPlace]) -> dict[int, int]:
    """Most constrained first: the meeting with the fewest free slots left goes next, into its earliest slot."""
    waiting = {meeting.key: meeting for meeting in meetings}
    degree = _degrees(meetings)
    chosen: dict[int, int] = {}
    while waiting:
        options = {key: board.feasible(meeting) for key, meeting in waiting.items()}
        key = min(
            waiting,
            key=lambda k: (len(options[k]), -sum(degree[p] for p in waiting[k].people), k),
        )
        meeting = waiting.pop(key)
        for person in meeting.people:
            degree[person] -= 1
        if options[key]:
            slot = options[key][0]
            board.take(meeting, slot)
            chosen[key] = slot
    return chosen


def _search(board: _Board, meetings: Sequence[MeetingToPlace], best: dict[int, int], budget: int) -> tuple[dict, bool]:
    """Branch and bound over meetings in a fixed order: each goes into one of its free slots or is left out.

    Returns the best assignment found and whether the search finished within `budget` nodes."""
    degree = _degrees(meetings)
    order = sorted(meetings, key=lambda m: (len(board.feasible(m)), -sum(degree[p] for p in m.people), m.key))
    best_found = dict(best)
    current: dict[int, int] = {}
    nodes = 0

    def walk(index: int) -> bool:
        nonlocal best_found, nodes
        nodes += 1
        if nodes > budget:
            return False
        if len(current) > len(best_found):
            best_found = dict(current)
        if len(best_found) == len(order):
            return True
        if len(current) + (len(order) - index) <= len(best_found):
            return True
        meeting = order[index]
        for slot in board.feasible(meeting):
            board.take(meeting, slot)
            current[meeting.key] = slot
            finished = walk(index + 1)
            del current[meeting.key]
            board.release(meeting, slot)
            if not finished:
                return False
        return walk(index + 1)

    finished = walk(0)
    return best_found, finished


def schedule(
    meetings: Sequence[MeetingToPlace],
    *,
    slot_count: int,
    tables: int,
    fixed: Mapping[MeetingToPlace, Placement] | None = None,
    budget: int = DEFAULT_BUDGET,
) -> Plan:
    """Places as many `meetings` as it can around the `fixed` ones; nobody and no table is booked twice.

    `fixed` meetings keep their slot and table. The plan lists the meetings it could not place."""
    fixed = dict(fixed or {})
    _check(meetings, fixed, slot_count)
    ordered = sorted(meetings, key=lambda meeting: meeting.key)
    greedy_board = _fixed_board(fixed=fixed, slot_count=slot_count, tables=tables)
    chosen = _greedy(greedy_board, ordered)
    optimal = len(chosen) == len(ordered)
    if not optimal and len(ordered) <= SEARCH_LIMIT:
        search_board = _fixed_board(fixed=fixed, slot_count=slot_count, tables=tables)
        chosen, optimal = _search(search_board, ordered, chosen, budget)

    # Tables are interchangeable within a slot, so they are handed out last, lowest number first.
    table_board = _fixed_board(fixed=fixed, slot_count=slot_count, tables=tables)
    placed: dict[int, Placement] = {}
    for meeting in ordered:
        if meeting.key in chosen:
            slot = chosen[meeting.key]
            table = table_board.lowest_free_table(slot)
            table_board.take(meeting, slot, table)
            placed[meeting.key] = Placement(slot=slot, table=table)
    unplaced = [meeting.key for meeting in ordered if meeting.key not in placed]
    return Plan(placed=placed, unplaced=unplaced, optimal=optimal)
