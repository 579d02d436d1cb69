"""Who sees, writes and moderates the comments of a challenge: role × visibility of the challenge.

The comments app asks the challenge's own rules through community.targets, so these matrices are the
challenge's visibility matrix seen from the discussion underneath it.
"""

import pytest
from django.http import Http404

from platforma.challenges.models import ProposalStatus
from platforma.challenges.tests.factories import ProposalFactory
from platforma.community.comments import permissions, selectors, services
from platforma.community.comments.tests.factories import make_comment
from platforma.community.notifications.models import Notification
from platforma.community.notifications.services import follow_create
from platforma.core.models import Visibility
from tests.community.comments_support import ROLES, STATES, challenge_in, everyone, expect

pytestmark = pytest.mark.django_db

VIEW = {
    "public_by_ziemia": (1, 1, 1, 1, 1, 1, 1),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "restricted_by_inna_to_woda": (0, 0, 0, 1, 0, 0, 1),
}
COMMENT = {
    "public_by_ziemia": (0, 1, 1, 1, 1, 1, 1),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "restricted_by_inna_to_woda": (0, 0, 0, 1, 0, 0, 1),
}
# The challenge's owners moderate its discussion; the coordinator moderates every discussion.
MODERATE = {
    "public_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "members_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "restricted_by_inna_to_woda": (0, 0, 0, 0, 0, 0, 1),
}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_the_challenge_visibility_decides_who_sees_its_comments(role, state, request):
    people = everyone(request)
    challenge = challenge_in(state, request)
    assert permissions.can_view_comments(people[role], challenge) is expect(VIEW[state], role)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_people_who_see_a_challenge_and_are_signed_in_comment_on_it(role, state, request):
    people = everyone(request)
    challenge = challenge_in(state, request)
    assert permissions.can_comment(people[role], challenge) is expect(COMMENT[state], role)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_owners_and_the_coordinator_moderate(role, state, request):
    people = everyone(request)
    challenge = challenge_in(state, request)
    assert permissions.can_moderate_comments(people[role], challenge) is expect(MODERATE[state], role)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_the_selector_finds_a_comment_only_for_those_who_see_the_challenge(role, state, request):
    people = everyone(request)
    challenge = challenge_in(state, request)
    comment = make_comment(target=challenge, author=people["anna"])
    if expect(VIEW[state], role):
        assert selectors.comment_get_for_user(user=people[role], pk=comment.pk) == (comment, challenge)
    else:
        with pytest.raises(Http404):
            selectors.comment_get_for_user(user=people[role], pk=comment.pk)


def test_a_withdrawn_proposal_keeps_its_comments_from_everyone_but_its_author_owners_and_coordinator(request):
    people = everyone(request)
    challenge = challenge_in("public_by_ziemia", request)
    proposal = ProposalFactory(challenge=challenge, author=people["dawid"], status=ProposalStatus.WITHDRAWN)
    seen = {role for role in ROLES if permissions.can_view_comments(people[role], proposal)}
    assert seen == {"dawid", "celina", "bogdan", "anna"}


def test_a_comment_on_a_confidential_challenge_never_notifies_an_outsider(request, django_capture_on_commit_callbacks):
    people = everyone(request)
    challenge = challenge_in("public_by_ziemia", request)
    follow_create(user=people["olek"], target=challenge)
    follow_create(user=people["celina"], target=challenge)
    make_comment(target=challenge, author=people["dawid"])
    # The challenge becomes confidential after olek followed it and dawid took part in the discussion.
    challenge.visibility = Visibility.RESTRICTED
    challenge.save(update_fields=["visibility"])
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_create(author=people["bogdan"], target=challenge, body="Dane z nowego odwiertu.")
    recipients = set(Notification.objects.values_list("recipient__email", flat=True))
    assert recipients == {people["celina"].email}
