from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "platforma.community.events"
    label = "events"
    verbose_name = _("Wydarzenia")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Comments, follows and notifications learn from here who may see an event.
        from platforma.community import targets
        from platforma.community.events import permissions
        from platforma.community.events.models import Event
        from platforma.community.notifications.kinds import Delivery, register_kind
        from platforma.community.notifications.phrases import register_phrase

        targets.register(
            Event,
            can_view=permissions.can_view,
            commentable=True,
            followable=True,
            can_moderate=permissions.can_edit,
            prepare=lambda queryset: queryset.select_related("organiser"),
        )
        group = _("Wydarzenia")
        register_kind("event.published", label=_("Nowe wydarzenie"), default_delivery=Delivery.WEEKLY, group=group)
        # The three below concern a person's own place at an event, so they go out at once.
        register_kind(
            "event.promoted",
            label=_("Miejsce z listy rezerwowej"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        register_kind(
            "event.cancelled", label=_("Wydarzenie odwołane"), default_delivery=Delivery.IMMEDIATE, group=group
        )
        register_kind(
            "event.changed",
            label=_("Zmiana terminu lub miejsca wydarzenia"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        # How events read in the activity streams of the home and organisation pages.
        register_phrase(
            "event.published",
            with_organisation=_("Organizacja %(organisation)s zaprasza na wydarzenie: %(target)s"),
            without_organisation=_("Nowe wydarzenie: %(target)s"),
        )
        register_phrase(
            "event.cancelled",
            with_organisation=_("Odwołano wydarzenie: %(target)s"),
            without_organisation=_("Odwołano wydarzenie: %(target)s"),
        )
        register_phrase(
            "event.changed",
            with_organisation=_("Zmiana terminu lub miejsca wydarzenia: %(target)s"),
            without_organisation=_("Zmiana terminu lub miejsca wydarzenia: %(target)s"),
        )

    def hourly_jobs(self) -> list:
        """Run by notifications' `run_scheduler` every hour: queue the reminders for events 24–48 h ahead."""
        from platforma.community.events.tasks import schedule

        return [schedule]
