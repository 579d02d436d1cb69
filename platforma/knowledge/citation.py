"""The citation line of an article: stable, because the address it gives is by id (the slug only decorates)."""

from datetime import date
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from platforma.knowledge.models import Article


def _person(user: Any) -> str:
    """ "Kowalczyk I." — the surname and the initial of the first name, as Polish references have it."""
    last = (user.last_name or "").strip()
    first = (user.first_name or "").strip()
    if last and first:
        return f"{last} {first[0]}."
    return last or first or user.display_name


def citation_authors(article: Article) -> str:
    people = [link.user for link in article.author_links.all()]
    if people:
        return ", ".join(_person(person) for person in people)
    return ", ".join(organisation.name for organisation in article.organisations.all())


def stable_url(article: Article) -> str:
    # Always the site's own language: a citation must not change with the reader's interface.
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse("knowledge:detail", kwargs={"pk": article.pk, "slug": article.slug})


def citation_line(article: Article, *, accessed: date | None = None) -> str:
    moment = article.published_at or article.created_at or timezone.now()
    year = timezone.localtime(moment).year
    accessed = accessed or timezone.localdate()
    title = article.title.strip()
    if title and title[-1] not in ".?!":
        title += "."
    authors = citation_authors(article)
    prefix = f"{authors} " if authors else ""
    return _("%(authors)s(%(year)s). %(title)s %(site)s. %(url)s (dostęp: %(accessed)s)") % {
        "authors": prefix,
        "year": year,
        "title": title,
        "site": _("Platforma Środowiskowa, Śląski Klaster Rewitalizacji i Technologii Środowiskowych"),
        "url": stable_url(article),
        "accessed": accessed.strftime("%d.%m.%Y"),
    }
