from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


class CommentsConfig(AppConfig):
    name = "platforma.community.comments"
    label = "comments"
    verbose_name = _("Komentarze")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from platforma.community import targets
        from platforma.community.comments import permissions
        from platforma.community.comments.models import Report
        from platforma.community.comments.services import VERB_CREATED, VERB_REPLY, VERB_REPORTED
        from platforma.community.notifications.kinds import Delivery, register_kind

        group = _("Komentarze")
        # Defaults that do not flood: discussions arrive in the weekly digest, answers to oneself daily,
        # and only the coordinator's reports at once (someone may be waiting for a decision).
        register_kind(
            VERB_CREATED,
            label=_("Nowy komentarz"),
            plural_label=ngettext_lazy("%(count)d nowy komentarz", "%(count)d nowe komentarze", "count"),
            default_delivery=Delivery.WEEKLY,
            group=group,
        )
        # Addressed to the parent's author alone; followers hear of the same comment as "comment.created".
        register_kind(
            VERB_REPLY,
            label=_("Odpowiedź na Twój komentarz"),
            plural_label=ngettext_lazy(
                "%(count)d odpowiedź na Twój komentarz", "%(count)d odpowiedzi na Twoje komentarze", "count"
            ),
            default_delivery=Delivery.DAILY,
            group=group,
            reaches_followers=False,
        )
        register_kind(
            VERB_REPORTED,
            label=_("Zgłoszony komentarz (dla koordynatora)"),
            plural_label=ngettext_lazy(
                "%(count)d zgłoszony komentarz (dla koordynatora)",
                "%(count)d zgłoszone komentarze (dla koordynatora)",
                "count",
            ),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
            reaches_followers=False,
        )
        # A report is a notification target only for the coordinators: nobody else may see it or follow it.
        targets.register(
            Report,
            can_view=lambda user, report: permissions.can_manage_reports(user),
            title=_report_title,
            prepare=lambda queryset: queryset.select_related("comment"),
        )


def _report_title(report: object) -> str:
    from django.utils.text import Truncator
    from django.utils.translation import gettext

    excerpt = Truncator(report.comment.body).chars(60)  # type: ignore[attr-defined]
    return gettext("Zgłoszony komentarz: „%(excerpt)s”") % {"excerpt": excerpt}
