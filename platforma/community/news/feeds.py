"""RSS 2.0 and Atom feeds of the news. Feed readers never log in, so the feeds hold public published items
only (selectors.news_feed_items) — a members-only item or a draft never leaves the platform this way."""

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from platforma.community.news import selectors
from platforma.community.news.models import News


class NewsRssFeed(Feed):
    title = gettext_lazy("Aktualności Śląskiego Klastra Rewitalizacji i Technologii Środowiskowych")
    description = gettext_lazy(
        "Wiadomości klastra: rekultywacja gleb i hałd, wody kopalniane, tereny poprzemysłowe, dotacje."
    )

    def link(self) -> str:
        return reverse("news:list")

    def items(self) -> list[News]:
        return selectors.news_feed_items()

    def item_title(self, item: News) -> str:
        return item.title

    def item_description(self, item: News) -> str:
        # Plain text: the lead is what readers show; the full (sanitised) text stays on the page.
        return item.lead

    def item_pubdate(self, item: News) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: News) -> datetime:
        return item.updated_at

    def item_author_name(self, item: News) -> str:
        # People's names stay inside the cluster; the feed names the organisation.
        return item.organisation.name if item.organisation else _("Koordynator klastra")

    def item_categories(self, item: News) -> list[str]:
        return [competence.name for competence in item.competences.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
