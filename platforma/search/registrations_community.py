"""News and events in the one search. Visibility through the community apps' own selectors, as their pages."""

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from platforma.community.events.models import Event
from platforma.community.events.selectors import event_visible_queryset
from platforma.community.news.models import News
from platforma.community.news.selectors import news_visible_queryset
from platforma.organisations.models import Organisation
from platforma.search.registrations import competence_ids, competence_names, competences_in_order, name_of
from platforma.search.registry import Registry, SearchType, TextField, Watch
from platforma.taxonomy.models import Competence


def news_visible(user: Any) -> QuerySet[News]:
    """Published items as the news pages show them; drafts and items under review stay with their authors."""
    return news_visible_queryset(user=user).published()


def events_visible(user: Any) -> QuerySet[Event]:
    """Published and cancelled events (a cancelled one stays on show, marked); drafts only on their pages."""
    return event_visible_queryset(user=user).published()


def register_community(registry: Registry) -> None:
    registry.register(
        SearchType(
            key="news",
            label=_("aktualność"),
            label_plural=_("Aktualności"),
            model=News,
            title=[TextField("title")],
            body=[
                TextField("lead"),
                TextField("body", markdown=True),
                TextField(lambda n: name_of(n, "organisation"), shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=news_visible,
            url=lambda n: n.get_absolute_url(),
            competence_ids=competence_ids,
            queryset=lambda: News.objects.select_related("organisation").prefetch_related(competences_in_order()),
            m2m_fields=["competences"],
            watches=[
                Watch(
                    Organisation,
                    lambda o: News.objects.filter(organisation=o).values_list("pk", flat=True),
                    frozenset({"name"}),
                ),
                Watch(Competence, lambda c: c.news.values_list("pk", flat=True)),
            ],
        )
    )
    registry.register(
        SearchType(
            key="event",
            label=_("wydarzenie"),
            label_plural=_("Wydarzenia"),
            model=Event,
            title=[TextField("title")],
            body=[
                TextField("description", markdown=True),
                TextField("place", shown=False),
                TextField("town", shown=False),
                TextField(lambda e: name_of(e, "organiser"), shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=events_visible,
            url=lambda e: e.get_absolute_url(),
            city=lambda e: e.town,
            competence_ids=competence_ids,
            queryset=lambda: Event.objects.select_related("organiser").prefetch_related(competences_in_order()),
            m2m_fields=["competences"],
            watches=[
                Watch(
                    Organisation,
                    lambda o: Event.objects.filter(organiser=o).values_list("pk", flat=True),
                    frozenset({"name"}),
                ),
                Watch(Competence, lambda c: Event.objects.filter(competences=c).values_list("pk", flat=True)),
            ],
        )
    )
