import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.opencalls import selectors
from platforma.opencalls.demo import DemoDataMissing, load_demo
from platforma.opencalls.models import CallProposal, CallState, Evaluation, OpenCall

pytestmark = pytest.mark.django_db


def test_demo_calls_load_on_top_of_the_demo_cluster_once(django_capture_on_commit_callbacks, mailoutbox):
    call_command("seed_demo", "--cluster-only", stdout=None)

    # What the demo leaves for after commit may only keep the search and matching indexes up to date.
    with django_capture_on_commit_callbacks(execute=True):
        counts = load_demo(now=timezone.now())
    again = load_demo(now=timezone.now())

    assert counts == {"open_calls": 2, "criteria": 7, "evaluators": 5, "call_proposals": 5, "evaluations": 11}
    assert mailoutbox == []
    assert set(again.values()) == {0}
    assert OpenCall.objects.count() == 2 and CallProposal.objects.count() == 5 and Evaluation.objects.count() == 11
    states = sorted(call.state for call in OpenCall.objects.all())
    assert states == [CallState.CLOSED, CallState.OPEN]
    open_call = OpenCall.objects.get(deadline__gt=timezone.now())
    ranking = selectors.ranking(call=open_call)
    assert ranking[0].proposal.title.startswith("Termowizja z drona")
    assert all(entry.row.score is not None for entry in ranking)


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(DemoDataMissing, match="seed_demo"):
        load_demo(now=timezone.now())
    assert not OpenCall.objects.exists()
