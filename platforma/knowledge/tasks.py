"""E-mails about articles, sent in the background. Arguments are ids: the task loads fresh data, and does
nothing when the article has moved on by then (a returned article already resubmitted needs no e-mail)."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.knowledge.models import Article, ArticleStatus


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"knowledge/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"knowledge/email/{template}_body.txt", context)
        return send_mail(subject, body, None, recipients)


def _url(name: str, **kwargs: Any) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def _article(article_id: int, status: str) -> Article | None:
    return Article.objects.filter(pk=article_id, status=status).first()


def _author_emails(article: Article) -> list[str]:
    return sorted(set(article.authors.filter(is_active=True).values_list("email", flat=True)))


@task
def notify_article_submitted(article_id: int) -> int:
    """Tells the coordinator's inbox that an article waits for review."""
    article = _article(article_id, ArticleStatus.IN_REVIEW)
    if article is None:
        return 0
    context = {"article": article, "url": _url("knowledge:review_queue")}
    return _send("article_submitted", context, [settings.COORDINATOR_EMAIL])


@task
def notify_article_returned(article_id: int) -> int:
    """Tells the authors what the coordinator wants changed."""
    article = _article(article_id, ArticleStatus.RETURNED)
    if article is None:
        return 0
    context = {"article": article, "url": _url("knowledge:edit", pk=article.pk)}
    return _send("article_returned", context, _author_emails(article))


@task
def notify_article_published(article_id: int) -> int:
    """Tells the authors that their article is published, with its address."""
    article = _article(article_id, ArticleStatus.PUBLISHED)
    if article is None:
        return 0
    context = {"article": article, "url": settings.SITE_URL + article.get_absolute_url()}
    return _send("article_published", context, _author_emails(article))
