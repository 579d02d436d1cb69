"""The scheduler is plain Python: no database. Random inputs are checked against brute force."""

import datetime
import itertools
import random

import pytest

from platforma.community.b2b.scheduling import (
    MeetingToPlace,
    Placement,
    Slot,
    make_slots,
    place_earliest,
    schedule,
)

TEN = datetime.datetime(2026, 5, 14, 8, 0, tzinfo=datetime.UTC)


def at(hour: int, minute: int = 0) -> datetime.datetime:
    return TEN.replace(hour=hour, minute=minute)


def meeting(key: int, first: str, second: str) -> MeetingToPlace:
    return MeetingToPlace(key=key, people=(first, second))


def assert_valid(meetings, plan, *, slot_count, tables, fixed=None):
    """Nobody twice in a slot, no table twice in a slot, every slot and table exists, all accounted for."""
    fixed = fixed or {}
    by_key = {m.key: m for m in meetings}
    seats: set[tuple[int, str]] = set()
    tables_taken: set[tuple[int, int]] = set()
    for placed_meeting, placement in [*fixed.items(), *((by_key[k], p) for k, p in plan.placed.items())]:
        assert 0 <= placement.slot < slot_count
        assert 1 <= placement.table <= tables
        assert (placement.slot, placement.table) not in tables_taken
        tables_taken.add((placement.slot, placement.table))
        for person in placed_meeting.people:
            assert (placement.slot, person) not in seats
            seats.add((placement.slot, person))
    assert sorted([*plan.placed, *plan.unplaced]) == sorted(by_key)


def most_placeable(meetings, *, slot_count, tables) -> int:
    """Brute force: the largest number of meetings any plan can place (tiny inputs only)."""
    for size in range(len(meetings), -1, -1):
        for subset in itertools.combinations(meetings, size):
            if _fits(list(subset), slot_count=slot_count, tables=tables):
                return size
    return 0


def _fits(meetings, *, slot_count, tables) -> bool:
    def place(index, busy, used):
        if index == len(meetings):
            return True
        first, second = meetings[index].people
        for slot in range(slot_count):
            if used[slot] < tables and (slot, first) not in busy and (slot, second) not in busy:
                used[slot] += 1
                if place(index + 1, busy | {(slot, first), (slot, second)}, used):
                    return True
                used[slot] -= 1
        return False

    return place(0, frozenset(), [0] * slot_count)


def test_windows_are_cut_into_back_to_back_slots_and_a_short_remainder_is_dropped():
    slots = make_slots([(at(8), at(9)), (at(11), at(11, 50))], 20)
    assert slots == [
        Slot(at(8), at(8, 20)),
        Slot(at(8, 20), at(8, 40)),
        Slot(at(8, 40), at(9)),
        Slot(at(11), at(11, 20)),
        Slot(at(11, 20), at(11, 40)),
    ]


def test_overlapping_windows_give_each_slot_once_in_time_order():
    slots = make_slots([(at(9), at(10)), (at(8), at(9, 30))], 30)
    assert [slot.start for slot in slots] == [at(8), at(8, 30), at(9), at(9, 30)]


def test_a_slot_length_of_zero_is_refused():
    with pytest.raises(ValueError):
        make_slots([(at(8), at(9))], 0)


def test_one_person_is_never_booked_twice_in_a_slot():
    meetings = [meeting(1, "anna", "bogdan"), meeting(2, "anna", "celina"), meeting(3, "anna", "dawid")]
    plan = schedule(meetings, slot_count=3, tables=5)
    assert sorted(p.slot for p in plan.placed.values()) == [0, 1, 2]
    assert plan.unplaced == []
    assert plan.optimal


def test_tables_limit_how_many_meetings_share_a_slot():
    meetings = [meeting(1, "a", "b"), meeting(2, "c", "d"), meeting(3, "e", "f")]
    plan = schedule(meetings, slot_count=1, tables=2)
    assert plan.placed == {1: Placement(0, 1), 2: Placement(0, 2)}
    assert plan.unplaced == [3]


def test_meetings_that_do_not_fit_are_reported_as_unplaced():
    meetings = [meeting(key, "anna", f"guest-{key}") for key in range(1, 5)]
    plan = schedule(meetings, slot_count=2, tables=10)
    assert len(plan.placed) == 2
    assert len(plan.unplaced) == 2
    assert_valid(meetings, plan, slot_count=2, tables=10)


def test_fixed_meetings_keep_their_places_and_block_people_and_tables():
    kept = meeting(10, "anna", "bogdan")
    meetings = [meeting(1, "anna", "celina"), meeting(2, "dawid", "ewa")]
    plan = schedule(meetings, slot_count=2, tables=1, fixed={kept: Placement(slot=0, table=1)})
    assert plan.placed == {1: Placement(1, 1)}
    assert plan.unplaced == [2]


def test_greedy_mistake_is_repaired_by_the_search():
    # Taking the earliest slot for a-b would block c-a and a-d; the search finds the plan that fits all.
    meetings = [meeting(1, "a", "b"), meeting(2, "b", "c"), meeting(3, "c", "a")]
    plan = schedule(meetings, slot_count=3, tables=1)
    assert plan.unplaced == []
    assert_valid(meetings, plan, slot_count=3, tables=1)


def test_the_same_input_always_gives_the_same_plan():
    rng = random.Random(7)
    people = [f"p{n}" for n in range(8)]
    meetings = [meeting(key, *rng.sample(people, 2)) for key in range(20)]
    first = schedule(meetings, slot_count=5, tables=3)
    second = schedule(list(reversed(meetings)), slot_count=5, tables=3)
    assert first == second


def test_a_meeting_listed_twice_or_with_one_person_is_refused():
    with pytest.raises(ValueError):
        schedule([meeting(1, "a", "b"), meeting(1, "c", "d")], slot_count=2, tables=2)
    with pytest.raises(ValueError):
        schedule([meeting(1, "a", "a")], slot_count=2, tables=2)


def test_a_fixed_meeting_outside_the_slots_is_refused():
    with pytest.raises(ValueError):
        schedule([], slot_count=2, tables=2, fixed={meeting(1, "a", "b"): Placement(slot=5, table=1)})


def test_place_earliest_takes_the_first_slot_free_for_both_people_and_a_table():
    fixed = {meeting(1, "anna", "bogdan"): Placement(0, 1), meeting(2, "celina", "dawid"): Placement(1, 1)}
    assert place_earliest(meeting(3, "anna", "ewa"), slot_count=3, tables=1, fixed=fixed) == Placement(2, 1)
    assert place_earliest(meeting(3, "ewa", "olek"), slot_count=3, tables=2, fixed=fixed) == Placement(0, 2)


def test_place_earliest_gives_none_when_nothing_is_free():
    fixed = {meeting(1, "anna", "bogdan"): Placement(0, 1)}
    assert place_earliest(meeting(2, "anna", "celina"), slot_count=1, tables=3, fixed=fixed) is None


@pytest.mark.parametrize("seed", range(60))
def test_random_small_inputs_are_valid_and_place_as_many_as_brute_force(seed):
    rng = random.Random(seed)
    people = [f"p{n}" for n in range(rng.randint(2, 6))]
    slot_count = rng.randint(1, 3)
    tables = rng.randint(1, 3)
    meetings = [meeting(key, *rng.sample(people, 2)) for key in range(rng.randint(0, 7))]
    plan = schedule(meetings, slot_count=slot_count, tables=tables)
    assert_valid(meetings, plan, slot_count=slot_count, tables=tables)
    assert plan.optimal
    assert len(plan.placed) == most_placeable(meetings, slot_count=slot_count, tables=tables)


@pytest.mark.parametrize("seed", range(20))
def test_random_large_inputs_never_double_book_around_fixed_meetings(seed):
    rng = random.Random(1000 + seed)
    people = [f"p{n}" for n in range(40)]
    slot_count, tables = 12, 8
    # Meetings already in agendas: people of their own, at places an earlier plan chose.
    earlier = schedule(
        [meeting(key, *rng.sample(people, 2)) for key in range(30)], slot_count=slot_count, tables=tables
    )
    fixed = {meeting(key, f"f{key}a", f"f{key}b"): placement for key, placement in earlier.placed.items()}
    meetings = [meeting(100 + key, *rng.sample(people, 2)) for key in range(150)]
    plan = schedule(meetings, slot_count=slot_count, tables=tables, fixed=fixed, budget=2_000)
    assert_valid(meetings, plan, slot_count=slot_count, tables=tables, fixed=fixed)
    # Whatever is left out could not go anywhere without moving a meeting already placed.
    by_key = {m.key: m for m in meetings}
    everything = {**fixed, **{by_key[key]: placement for key, placement in plan.placed.items()}}
    for key in plan.unplaced:
        assert place_earliest(by_key[key], slot_count=slot_count, tables=tables, fixed=everything) is None
