from typing import Any

from django.core.management.base import BaseCommand

from platforma.community.events.tasks import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder (with an .ics attached) to everyone holding a confirmed place at an event that "
        "starts in 24–48 hours and has not been reminded yet. Safe to run repeatedly; run it hourly."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_due_reminders()
        self.stdout.write(f"Sent {sent} event reminder(s).")
