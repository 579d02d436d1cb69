import smtplib

import pytest

LOCMEM_MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
SMTP_MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "smtp.ekopark.example", "port": 587, "timeout": 1},
    }
}


class MailServer:
    """The outside world: an SMTP server that can go down and come back.

    Down, the real SMTP backend is used and the network refuses it (only smtplib is replaced);
    up again, mail lands in django.core.mail.outbox.
    """

    def __init__(self, settings, monkeypatch):
        self._settings = settings
        self._monkeypatch = monkeypatch

    def go_down(self, error: Exception | None = None) -> None:
        failure = error or ConnectionRefusedError(111, "Connection refused")

        def refuse(*args, **kwargs):
            raise failure

        self._settings.MAILERS = SMTP_MAILERS
        self._monkeypatch.setattr(smtplib, "SMTP", refuse)

    def come_back(self) -> None:
        self._settings.MAILERS = LOCMEM_MAILERS


@pytest.fixture
def mail_server(settings, monkeypatch):
    return MailServer(settings, monkeypatch)


@pytest.fixture
def deferring_task_backend(settings):
    """A task backend that, like the database one in production, accepts run_after; it only records tasks."""
    from django.tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    return task_backends["default"]
