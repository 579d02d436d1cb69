"""Every write to thematic working groups: the group, its members, what it follows, its discussion."""

from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from platforma.challenges.models import Challenge
from platforma.core.models import Visibility
from platforma.initiatives import tasks
from platforma.initiatives.models import GroupMember, GroupMemberRole, GroupPost, Initiative, WorkingGroup
from platforma.initiatives.services._common import actor_or_none, clean_text
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence

GROUP_FIELDS = ("name", "description", "competence", "problem_kind", "visibility")


def _add_member(
    group: WorkingGroup,
    *,
    by: Any,
    user: Any = None,
    organisation: Organisation | None = None,
    role: str = GroupMemberRole.MEMBER,
) -> GroupMember:
    member = GroupMember(group=group, user=user, organisation=organisation, role=role, added_by=actor_or_none(by))
    member.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError as error:
        if organisation is not None:
            raise ValidationError(_("Ta organizacja już jest w grupie.")) from error
        raise ValidationError(_("Już jesteś w tej grupie.")) from error
    return member


def _new_group(
    *,
    by: Any,
    name: str,
    description: str,
    competence: Competence | None,
    problem_kind: str,
    visibility: str,
    source_challenge: Challenge | None = None,
) -> WorkingGroup:
    group = WorkingGroup(
        name=clean_text(name),
        description=clean_text(description),
        competence=competence,
        problem_kind=clean_text(problem_kind),
        visibility=visibility,
        created_by=actor_or_none(by),
        source_challenge=source_challenge,
    )
    group.full_clean()
    group.save()
    # The founder moderates: someone has to be able to edit the group from its first minute.
    _add_member(group, by=by, user=by, role=GroupMemberRole.MODERATOR)
    return group


@transaction.atomic
def group_create(
    *,
    by: Any,
    name: str,
    description: str,
    competence: Competence | None = None,
    problem_kind: str = "",
    visibility: str = Visibility.MEMBERS,
) -> WorkingGroup:
    """Founds a group; the founder joins it as its moderator."""
    return _new_group(
        by=by,
        name=name,
        description=description,
        competence=competence,
        problem_kind=problem_kind,
        visibility=visibility,
    )


@transaction.atomic
def group_create_from_challenge(
    *, challenge: Challenge, by: Any, name: str, description: str, visibility: str = Visibility.MEMBERS
) -> WorkingGroup:
    """Turns "we face it too" into a group in one step: the reporting organisation and every organisation that
    said it has the same problem become members, and the group follows the challenge.

    Side effects: the people of the organisations added get an e-mail after commit.
    """
    supports = list(challenge.supports.select_related("organisation").order_by("created_at", "pk"))
    if not supports:
        raise ValidationError(_("Nikt jeszcze nie zgłosił, że ma ten sam problem — nie ma z kogo utworzyć grupy."))
    competence = challenge.competences.order_by("position", "pk").first()
    group = _new_group(
        by=by,
        name=name,
        description=description,
        competence=competence,
        problem_kind=challenge.title[:200],
        visibility=visibility,
        source_challenge=challenge,
    )
    organisations = [challenge.organisation, *(support.organisation for support in supports)]
    added = []
    for organisation in organisations:
        if organisation.pk not in added:
            _add_member(group, by=by, organisation=organisation)
            added.append(organisation.pk)
    group.followed_challenges.add(challenge)
    actor_id = by.pk if actor_or_none(by) else None
    transaction.on_commit(partial(tasks.notify_group_created.enqueue, group.pk, actor_id))
    return group


@transaction.atomic
def group_update(
    *,
    group: WorkingGroup,
    by: Any,
    name: str,
    description: str,
    competence: Competence | None = None,
    problem_kind: str = "",
    visibility: str = Visibility.MEMBERS,
) -> WorkingGroup:
    group.name = clean_text(name)
    group.description = clean_text(description)
    group.competence = competence
    group.problem_kind = clean_text(problem_kind)
    group.visibility = visibility
    group.full_clean()
    group.save(update_fields=[*GROUP_FIELDS, "updated_at"])
    return group


@transaction.atomic
def group_join(*, group: WorkingGroup, by: Any, organisation: Organisation | None = None) -> GroupMember:
    """The person joins, or adds an organisation they act for (permissions decide which they may)."""
    if organisation is not None:
        return _add_member(group, by=by, organisation=organisation)
    return _add_member(group, by=by, user=by)


@transaction.atomic
def group_leave(*, member: GroupMember, by: Any) -> None:
    """A person or an organisation leaves; the last moderator hands the role on before leaving."""
    if member.role == GroupMemberRole.MODERATOR:
        moderators = GroupMember.objects.select_for_update().filter(group=member.group, role=GroupMemberRole.MODERATOR)
        others = member.group.members.exclude(pk=member.pk).filter(user__isnull=False)
        if len(list(moderators)) <= 1 and others.exists():
            raise ValidationError(_("Jesteś jedynym moderatorem grupy — najpierw nadaj tę rolę innej osobie z grupy."))
    member.delete()


@transaction.atomic
def group_set_moderator(*, member: GroupMember, by: Any, moderator: bool) -> GroupMember:
    if member.user_id is None:
        raise ValidationError(_("Moderatorem może być tylko osoba, nie organizacja."))
    member.role = GroupMemberRole.MODERATOR if moderator else GroupMemberRole.MEMBER
    member.save(update_fields=["role"])
    return member


@transaction.atomic
def group_follow(
    *, group: WorkingGroup, by: Any, challenge: Challenge | None = None, initiative: Initiative | None = None
) -> WorkingGroup:
    if challenge is not None:
        group.followed_challenges.add(challenge)
    if initiative is not None:
        group.followed_initiatives.add(initiative)
    return group


@transaction.atomic
def group_unfollow(
    *, group: WorkingGroup, by: Any, challenge: Challenge | None = None, initiative: Initiative | None = None
) -> WorkingGroup:
    if challenge is not None:
        group.followed_challenges.remove(challenge)
    if initiative is not None:
        group.followed_initiatives.remove(initiative)
    return group


@transaction.atomic
def group_post_create(*, group: WorkingGroup, by: Any, body: str) -> GroupPost:
    post = GroupPost(group=group, author=actor_or_none(by), body=clean_text(body))
    post.full_clean()
    post.save()
    return post
