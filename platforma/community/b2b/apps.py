from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class B2bConfig(AppConfig):
    name = "platforma.community.b2b"
    label = "b2b"
    verbose_name = _("Spotkania B2B")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The notifications point at the event (already a registered target), so only the kinds are new.
        # A request waits for an answer and an answer changes someone's agenda: both go out at once.
        from platforma.community.notifications.kinds import Delivery, register_kind

        group = _("Spotkania B2B")
        register_kind(
            "b2b.requested",
            label=_("Ktoś prosi mnie o spotkanie B2B"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        register_kind(
            "b2b.answered",
            label=_("Odpowiedź na moją prośbę o spotkanie B2B"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        register_kind(
            "b2b.cancelled",
            label=_("Ktoś odwołuje umówione ze mną spotkanie B2B"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )

        # Giving up one's place at the event calls off one's B2B meetings (events cannot import b2b).
        from platforma.community.b2b.receivers import connect

        connect()
