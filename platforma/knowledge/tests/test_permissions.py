"""Role × state matrices for every permission; rows follow ROLES:
anonymous, olek, dawid, ewa (woda), celina (author, ziemia), bogdan (ziemia, not an author), anna (coordinator)."""

import pytest

from platforma.knowledge import permissions, selectors
from platforma.knowledge.tests.conftest import ROLES, STATES
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


def expect(row: tuple[int, ...], role: str) -> bool:
    return bool(row[ROLES.index(role)])


VIEW = {
    "draft": (0, 0, 0, 0, 1, 0, 1),
    "in_review": (0, 0, 0, 0, 1, 0, 1),
    "returned": (0, 0, 0, 0, 1, 0, 1),
    "published_public": (1, 1, 1, 1, 1, 1, 1),
    "published_members": (0, 0, 0, 1, 1, 1, 1),
}
EDIT = {
    "draft": (0, 0, 0, 0, 1, 0, 1),
    "in_review": (0, 0, 0, 0, 0, 0, 1),
    "returned": (0, 0, 0, 0, 1, 0, 1),
    "published_public": (0, 0, 0, 0, 0, 0, 1),
    "published_members": (0, 0, 0, 0, 0, 0, 1),
}
SUBMIT = {
    "draft": (0, 0, 0, 0, 1, 0, 0),
    "in_review": (0, 0, 0, 0, 0, 0, 0),
    "returned": (0, 0, 0, 0, 1, 0, 0),
    "published_public": (0, 0, 0, 0, 0, 0, 0),
    "published_members": (0, 0, 0, 0, 0, 0, 0),
}
WITHDRAW = {
    "draft": (0, 0, 0, 0, 0, 0, 0),
    "in_review": (0, 0, 0, 0, 1, 0, 0),
    "returned": (0, 0, 0, 0, 0, 0, 0),
    "published_public": (0, 0, 0, 0, 0, 0, 0),
    "published_members": (0, 0, 0, 0, 0, 0, 0),
}
REVIEW = {
    "draft": (0, 0, 0, 0, 0, 0, 0),
    "in_review": (0, 0, 0, 0, 0, 0, 1),
    "returned": (0, 0, 0, 0, 0, 0, 0),
    "published_public": (0, 0, 0, 0, 0, 0, 0),
    "published_members": (0, 0, 0, 0, 0, 0, 0),
}
UNPUBLISH = {
    "draft": (0, 0, 0, 0, 0, 0, 0),
    "in_review": (0, 0, 0, 0, 0, 0, 0),
    "returned": (0, 0, 0, 0, 0, 0, 0),
    "published_public": (0, 0, 0, 0, 1, 0, 1),
    "published_members": (0, 0, 0, 0, 1, 0, 1),
}
HISTORY = dict.fromkeys(STATES, (0, 0, 0, 0, 1, 0, 1))

MATRICES = {
    "can_view": VIEW,
    "can_edit": EDIT,
    "can_manage_files": EDIT,
    "can_submit": SUBMIT,
    "can_withdraw_submission": WITHDRAW,
    "can_review": REVIEW,
    "can_unpublish": UNPUBLISH,
    "can_view_history": HISTORY,
}


@pytest.mark.parametrize("state", list(STATES))
def test_every_permission_follows_its_matrix(state, everyone, article_in):
    article = article_in(state)
    for role in ROLES:
        user = everyone[role]
        got = {name: getattr(permissions, name)(user, article) for name in MATRICES}
        wanted = {name: expect(matrix[state], role) for name, matrix in MATRICES.items()}
        assert got == wanted, role


@pytest.mark.parametrize("state", list(STATES))
def test_the_visible_queryset_agrees_with_can_view(state, everyone, article_in):
    article = article_in(state)
    for role in ROLES:
        visible = selectors.article_visible_queryset(user=everyone[role]).filter(pk=article.pk).exists()
        assert visible is expect(VIEW[state], role), role


@pytest.mark.parametrize("role", ROLES)
def test_people_of_member_organisations_and_the_coordinator_write(role, everyone):
    assert permissions.can_create_article(everyone[role]) is (role in {"ewa", "celina", "bogdan", "anna"})


@pytest.mark.parametrize("role", ROLES)
def test_only_the_coordinator_has_a_review_queue(role, everyone):
    assert permissions.can_review(everyone[role]) is (role == "anna")


@pytest.mark.parametrize("cluster_status", [ClusterStatus.APPLICANT, ClusterStatus.SUSPENDED, ClusterStatus.FORMER])
def test_people_of_organisations_outside_the_cluster_neither_write_nor_read_members_articles(
    cluster_status, article_in
):
    person = MembershipFactory(organisation=OrganisationFactory(cluster_status=cluster_status)).user
    article = article_in("published_members")

    assert permissions.can_create_article(person) is False
    assert permissions.can_view(person, article) is False


def test_a_co_author_from_another_organisation_sees_and_edits_the_draft(ewa, celina, ziemia):
    from platforma.knowledge.tests.factories import DraftArticleFactory

    article = DraftArticleFactory(authors=[celina, ewa], organisations=[ziemia])

    assert permissions.can_view(ewa, article)
    assert permissions.can_edit(ewa, article)
    assert permissions.can_submit(ewa, article)
