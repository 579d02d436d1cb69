"""The notification e-mails: Polish, HTML with a plain-text part, links with the absolute SITE_URL.

Links carry no log-in token: a forwarded e-mail must not open anyone's account. The one link that works
without logging in is the digest's unsubscribe link, which can only turn digests off.
"""

import email.message
import email.policy
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.community.notifications import unsubscribe
from platforma.community.notifications.models import DigestPeriod, Notification
from platforma.community.notifications.selectors import NotificationGroup, groups_by_topic


def _site_url() -> str:
    return str(settings.SITE_URL).rstrip("/")


def _subject(template_name: str, context: dict[str, Any]) -> str:
    # A header must be one line, whatever the template's whitespace.
    return " ".join(render_to_string(template_name, context).split())


def _absolute(groups: list[NotificationGroup]) -> list[dict[str, Any]]:
    return [{"group": group, "url": _site_url() + group.url} for group in groups]


# RFC 5322's hard limit on a line; 78 is only a recommendation.
MAX_HEADER_LINE = 998


class NotificationEmail(EmailMultiAlternatives):
    """Headers are folded at 998 characters, not 78.

    The SMTP mailer folds at 78, and a header that cannot be broken at a space — the List-Unsubscribe
    address with its signed token — is then rewritten as RFC 2047 encoded words, which mail programs do
    not read in that header, so the one-click unsubscribe button would not appear. The body is encoded
    before the policy changes, so only header folding is affected.
    """

    def message(self, *, policy: Any = email.policy.default) -> email.message.EmailMessage:
        built = super().message(policy=policy)
        built.policy = policy.clone(max_line_length=MAX_HEADER_LINE)
        return built


def _message(template: str, context: dict[str, Any], to: str, headers: dict[str, str]) -> EmailMultiAlternatives:
    message = NotificationEmail(
        subject=_subject(f"notifications/email/{template}_subject.txt", context),
        body=render_to_string(f"notifications/email/{template}_body.txt", context),
        to=[to],
        headers=headers,
    )
    message.attach_alternative(render_to_string(f"notifications/email/{template}_body.html", context), "text/html")
    return message


def immediate_message(*, notification: Notification, group: NotificationGroup) -> EmailMultiAlternatives:
    """One notification, sent at once because the person chose so for its kind or topic."""
    # Tasks run outside any request: the e-mail is in the site's language, Polish, with no /en/ in links.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "item": _absolute([group])[0],
            "centre_url": _site_url() + reverse("notifications:centre"),
            "preferences_url": _site_url() + reverse("notifications:preferences"),
        }
        return _message("immediate", context, notification.recipient.email, {})


def digest_message(*, user: Any, period: str, groups: list[NotificationGroup]) -> EmailMultiAlternatives:
    """The daily or weekly digest of one person, in sections by topic, with a one-click unsubscribe."""
    with translation.override(settings.LANGUAGE_CODE):
        unsubscribe_url = _site_url() + reverse(
            "notifications:unsubscribe", kwargs={"token": unsubscribe.token_for(user)}
        )
        context = {
            "weekly": period == DigestPeriod.WEEKLY,
            "sections": [(topic, _absolute(items)) for topic, items in groups_by_topic(groups)],
            "centre_url": _site_url() + reverse("notifications:centre"),
            "preferences_url": _site_url() + reverse("notifications:preferences"),
            "unsubscribe_url": unsubscribe_url,
        }
        # RFC 8058: mail programs show an "unsubscribe" button that POSTs to the link without asking.
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        return _message("digest", context, user.email, headers)
