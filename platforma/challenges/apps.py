from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "platforma.challenges"
    label = "challenges"

    def ready(self) -> None:
        # Comments, follows and notifications learn from here who may see a challenge or a proposal.
        from platforma.challenges import notifications, permissions
        from platforma.challenges.models import Challenge, Proposal
        from platforma.community import targets

        notifications.register()

        targets.register(
            Challenge,
            can_view=permissions.can_view,
            commentable=True,
            followable=True,
            can_moderate=permissions.can_edit,
            prepare=lambda queryset: queryset.select_related("organisation").prefetch_related("visible_to"),
        )
        targets.register(
            Proposal,
            can_view=permissions.can_view_proposal,
            commentable=True,
            can_moderate=lambda user, proposal: permissions.can_edit(user, proposal.challenge),
            title=lambda proposal: f"{proposal.title} · {proposal.challenge.title}",
            prepare=lambda queryset: queryset.select_related("challenge__organisation").prefetch_related(
                "challenge__visible_to"
            ),
        )
