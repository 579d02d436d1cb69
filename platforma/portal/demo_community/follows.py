"""Demo follows, and the activity the demo cluster has had, so that the streams and the centre are not empty.

The other demos write their rows in bulk, without the services, so nothing was announced while they loaded.
This module tells that story afterwards: one Activity per thing that happened (a challenge published, an
organisation saying "we face it too", a proposal, an article, an open call, a partner joining, an
organisation admitted to the cluster), dated when it happened, and the notifications the followers and the
people concerned would have got — through `activity_fan_out`, so visibility rules apply as in real use.
Follows are written directly: following an organisation through the service would notify its admins now.

Notifications older than a week count as already sent in earlier digests; the last week's wait for the
next one. Loading twice adds nothing: an existing demo activity means the story has been told.
"""

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from platforma.accounts.models import User
from platforma.challenges.models import Challenge, ChallengeSupport, Proposal, ProposalStatus
from platforma.community.notifications.models import Activity, Follow, Notification
from platforma.community.notifications.services import activity_fan_out
from platforma.core.models import Visibility
from platforma.initiatives.models import Initiative, InitiativeStatus, Participant, ParticipantRole, ParticipantStatus
from platforma.knowledge.models import Article, ArticleStatus
from platforma.opencalls.models import OpenCall
from platforma.organisations.models import ClusterStatus, Organisation
from platforma.portal.management.demo_cluster import ORGS_BY_KEY, demo_is_loaded, organisation_slug
from platforma.portal.management.demo_loader import DemoDataError

# Who follows which organisations (by their key in demo_data); each also follows the competences and the
# challenge of one of the newest public challenges (a different one each), so the story differs per person.
FOLLOWERS: dict[str, list[str]] = {
    "zofia.badura@poczta.example": ["irgw", "sats"],
    "wojciech.gawlik@poczta.example": ["termohald", "gm_bytom"],
    "natalia.pietrzyk@poczta.example": ["fitoklar", "przejrzyste_powietrze"],
    "marcin.szymura@poczta.example": ["akwadren", "wodociagi_brynica"],
    "sabina.dyrda@gmina-bytom.example": ["sats", "termohald", "irgw"],
    "ewa.szoltysek@przejrzyste-powietrze.example": ["gm_bytom", "envirosens"],
    "irena.kowalczyk@gup-katowice.example": ["geoanalit", "brownfield_silesia"],
    "anna.wrobel@ekopark.example": ["gm_bytom", "irgw"],
}
# The newest admissions to the cluster are news; older ones are history nobody reads in a stream.
ADMISSIONS_SHOWN = 5
ALREADY_SENT_AFTER = timedelta(days=7)

# The verbs the domain services pass to notify() (registered in each app's notifications.py); named here
# as strings because across apps only models, services, selectors and permissions are imported.
CHALLENGE_PUBLISHED = "challenges.challenge_published"
SUPPORT_ADDED = "challenges.support_added"
PROPOSAL_RECEIVED = "challenges.proposal_received"
PROPOSAL_DECIDED = "challenges.proposal_decided"
INVITATION_ACCEPTED = "initiatives.invitation_accepted"
INITIATIVE_COMPLETED = "initiatives.initiative_completed"
CALL_PUBLISHED = "opencalls.call_published"
ARTICLE_PUBLISHED = "knowledge.article_published"
MEMBER_ACCEPTED = "organisations.member_accepted"
DEMO_VERBS = (
    CHALLENGE_PUBLISHED,
    SUPPORT_ADDED,
    PROPOSAL_RECEIVED,
    PROPOSAL_DECIDED,
    INVITATION_ACCEPTED,
    INITIATIVE_COMPLETED,
    CALL_PUBLISHED,
    ARTICLE_PUBLISHED,
    MEMBER_ACCEPTED,
)


def _ref(obj: models.Model) -> list[int]:
    return [ContentType.objects.get_for_model(type(obj)).pk, int(obj.pk)]


def _people_ids(organisation_id: int | None) -> list[int]:
    if organisation_id is None:
        return []
    return list(
        User.objects.filter(organisation_memberships__organisation_id=organisation_id).values_list("pk", flat=True)
    )


class _Story:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.counts: Counter[str] = Counter()

    def tell(
        self,
        verb: str,
        target: models.Model,
        *,
        when: datetime | None,
        organisation: Organisation | None = None,
        actor: Any = None,
        recipient_ids: Iterable[int] = (),
        followers_of: Iterable[models.Model] = (),
        in_stream: bool = True,
    ) -> None:
        when = min(when or self.now, self.now)
        target_type, target_id = _ref(target)
        activity = Activity.objects.create(
            verb=verb,
            actor=actor,
            target_type_id=target_type,
            target_id=target_id,
            organisation=organisation,
            summary=str(target)[:300],
            in_stream=in_stream,
            created_at=when,
        )
        refs = [[target_type, target_id], *(_ref(obj) for obj in followers_of)]
        notified = activity_fan_out(activity=activity, recipient_ids=list(recipient_ids), follow_refs=refs)
        if when < self.now - ALREADY_SENT_AFTER:
            Notification.objects.filter(activity=activity).update(emailed_at=when)
        self.counts["activities"] += 1
        self.counts["notifications"] += len(notified)


def _follow(user: User, target: models.Model, counts: Counter[str]) -> None:
    content_type, object_id = _ref(target)
    _follow_row, created = Follow.objects.get_or_create(user=user, target_type_id=content_type, target_id=object_id)
    counts["follows"] += int(created)


def _load_follows(counts: Counter[str]) -> None:
    users = {user.email: user for user in User.objects.filter(email__in=FOLLOWERS)}
    slugs = {key: organisation_slug(ORGS_BY_KEY[key]) for keys in FOLLOWERS.values() for key in keys}
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs.values())}
    newest = list(
        Challenge.objects.published()
        .filter(visibility=Visibility.PUBLIC)
        .prefetch_related("competences")
        .newest_first()[: len(FOLLOWERS)]
    )
    for index, (email, keys) in enumerate(FOLLOWERS.items()):
        user = users.get(email)
        if user is None:
            continue
        for key in keys:
            if (organisation := organisations.get(slugs[key])) is not None:
                _follow(user, organisation, counts)
        if index < len(newest):
            _follow(user, newest[index], counts)
            for competence in newest[index].competences.all():
                _follow(user, competence, counts)


def _at(day: Any) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def _tell_challenges(story: _Story) -> None:
    for challenge in Challenge.objects.published().select_related("organisation").prefetch_related("competences"):
        story.tell(
            CHALLENGE_PUBLISHED,
            challenge,
            when=challenge.published_at,
            organisation=challenge.organisation,
            actor=challenge.author,
            followers_of=[challenge.organisation, *challenge.competences.all()],
        )
    for support in ChallengeSupport.objects.select_related("challenge", "organisation"):
        story.tell(
            SUPPORT_ADDED,
            support.challenge,
            when=support.created_at,
            organisation=support.organisation,
            actor=support.user,
            recipient_ids=_people_ids(support.challenge.organisation_id),
        )
    for proposal in Proposal.objects.exclude(status=ProposalStatus.WITHDRAWN).select_related("challenge"):
        story.tell(
            PROPOSAL_RECEIVED,
            proposal,
            when=proposal.created_at,
            organisation=proposal.organisation,
            actor=proposal.author,
            recipient_ids=_people_ids(proposal.challenge.organisation_id),
            followers_of=[proposal.challenge],
        )
        if proposal.status == ProposalStatus.ACCEPTED:
            story.tell(
                PROPOSAL_DECIDED,
                proposal,
                when=proposal.updated_at,
                organisation=proposal.challenge.organisation,
                recipient_ids=[proposal.author_id] if proposal.author_id else [],
            )


def _tell_the_rest(story: _Story) -> None:
    joined = Participant.objects.filter(status=ParticipantStatus.ACCEPTED).exclude(role=ParticipantRole.LEADER)
    for participant in joined.select_related("initiative", "organisation"):
        story.tell(
            INVITATION_ACCEPTED,
            participant.initiative,
            when=participant.responded_at,
            organisation=participant.organisation,
            recipient_ids=_people_ids(participant.initiative.lead_organisation_id),
        )
    completed = Initiative.objects.filter(status=InitiativeStatus.COMPLETED).select_related("lead_organisation")
    for initiative in completed:
        story.tell(
            INITIATIVE_COMPLETED,
            initiative,
            # The demo writes its rows today; the planned end is when the story says it finished.
            when=_at(initiative.planned_end) if initiative.planned_end else initiative.updated_at,
            organisation=initiative.lead_organisation,
            followers_of=[initiative.lead_organisation],
        )
    for call in OpenCall.objects.select_related("challenge", "owner_organisation"):
        story.tell(
            CALL_PUBLISHED,
            call,
            when=call.created_at,
            organisation=call.owner_organisation,
            followers_of=[call.challenge, call.challenge.organisation, *call.challenge.competences.all()],
        )
    for article in Article.objects.filter(status=ArticleStatus.PUBLISHED).prefetch_related("organisations"):
        organisations = list(article.organisations.all())
        story.tell(
            ARTICLE_PUBLISHED,
            article,
            when=article.published_at,
            organisation=organisations[0] if organisations else None,
            followers_of=[*organisations, *article.competences.all()],
        )
    members = Organisation.objects.filter(cluster_status=ClusterStatus.MEMBER, member_since__isnull=False)
    for organisation in members.order_by("-member_since", "-pk")[:ADMISSIONS_SHOWN]:
        story.tell(MEMBER_ACCEPTED, organisation, when=_at(organisation.member_since), organisation=organisation)


def load_demo(*, now: datetime) -> dict[str, int]:
    """Follows for a few demo people, then the activity of the demo cluster with its notifications.

    Call after the other demos (it tells what they loaded). Returns how many follows, activities and
    notifications it made; all zeros when the demo activity is already there. Raises DemoDataError (and
    writes nothing) when the demo cluster is missing.
    """
    if not demo_is_loaded():
        raise DemoDataError("Najpierw wczytaj klaster demonstracyjny: manage.py seed_demo --cluster-only.")
    if Activity.objects.filter(verb__in=DEMO_VERBS).exists():
        return {"obserwowania": 0, "aktywności": 0, "powiadomienia": 0}
    counts: Counter[str] = Counter()
    _load_follows(counts)
    story = _Story(now)
    _tell_challenges(story)
    _tell_the_rest(story)
    counts.update(story.counts)
    return {
        "obserwowania": counts["follows"],
        "aktywności": counts["activities"],
        "powiadomienia": counts["notifications"],
    }
