from typing import Any

from django.core.management.base import BaseCommand

from platforma.contact.services import enquiry_notifications_retry


class Command(BaseCommand):
    help = (
        "Enqueue again every contact-form e-mail not yet delivered: coordinator notifications of enquiries and "
        "answers to senders. Run it after a mail-server outage; a running `db_worker` then sends them."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        enquiries, answers = enquiry_notifications_retry()
        self.stdout.write(f"Enqueued {enquiries} enquiry notification(s) and {answers} answer(s).")
