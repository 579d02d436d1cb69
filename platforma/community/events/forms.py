from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.community.events.models import Event
from platforma.community.events.selectors import IN_PERSON, ONLINE, PAST
from platforma.core.forms import StyledFormMixin
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
# Events are public or for cluster members; naming single organisations is for confidential work, not events.
EVENT_VISIBILITY_CHOICES = [(v.value, v.label) for v in (Visibility.PUBLIC, Visibility.MEMBERS)]


def competence_tree() -> list[tuple[Competence, int]]:
    """All competences in tree order (each parent followed by its children), with their depth."""
    nodes = list(Competence.objects.order_by("position", "pk"))
    children: dict[int | None, list[Competence]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ordered: list[tuple[Competence, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for node in children.get(parent_id, []):
            ordered.append((node, depth))
            walk(node.pk, depth + 1)

    walk(None, 0)
    return ordered


def _indented(name: str, depth: int) -> str:
    return f"{'— ' * depth}{name}"


class _ChoiceListMixin:
    """Options as Bootstrap .form-check rows; the wrapper does not take the inputs' class."""

    template_name = "events/widgets/choice_list.html"
    list_class = ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class CheckboxList(_ChoiceListMixin, forms.CheckboxSelectMultiple):
    list_class = "choice-list choice-list-long border rounded p-2"


class RadioList(_ChoiceListMixin, forms.RadioSelect):
    pass


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format=DATETIME_FORMAT, **kwargs)


def _datetime_field(label: Any, *, required: bool = True, help_text: Any = "") -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        required=required,
        help_text=help_text,
        widget=DateTimeLocalInput(),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        error_messages={"invalid": _("Podaj datę i godzinę, np. 2026-12-03 10:00.")},
    )


class EventFilterForm(StyledFormMixin, forms.Form):
    """The list's filters. Every field is optional; a value that does not validate is simply not applied."""

    when = forms.ChoiceField(label=_("Kiedy"), required=False, choices=[("", _("nadchodzące")), (PAST, _("minione"))])
    format = forms.ChoiceField(
        label=_("Forma"),
        required=False,
        choices=[("", _("wszystkie")), (IN_PERSON, _("stacjonarne")), (ONLINE, _("online"))],
    )
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    q = forms.CharField(label=_("Szukaj w tytule i opisie"), required=False, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competence"].choices = [("", _("wszystkie kompetencje"))] + [
            (node.slug, _indented(node.name, depth)) for node, depth in competence_tree()
        ]

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


class EventForm(StyledFormMixin, forms.ModelForm):
    """Creating and editing an event. Times are typed in Warsaw time (the site's zone) and stored in UTC.

    The rules between fields (end after start, a place or a link) are Event.clean(), which ModelForm runs;
    the view passes the validated values to the services.
    """

    organiser = OrganisationChoiceField(label=_("Organizator"), queryset=Organisation.objects.none())
    starts_at = _datetime_field(_("Początek"))
    ends_at = _datetime_field(_("Koniec"))
    registration_closes_at = _datetime_field(
        _("Zapisy do (nieobowiązkowe)"),
        required=False,
        help_text=_("Bez daty zapisy trwają do rozpoczęcia wydarzenia."),
    )
    field_order = ["title", "organiser", "description", "starts_at", "ends_at", "place", "town", "online_url"]

    class Meta:
        model = Event
        fields = [
            "title",
            "description",
            "starts_at",
            "ends_at",
            "place",
            "town",
            "online_url",
            "capacity",
            "registration_closes_at",
            "visibility",
            "competences",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "competences": CheckboxList,
            "visibility": RadioList,
        }
        help_texts = {
            "description": _("Program, dla kogo jest wydarzenie, co zabrać. Można użyć Markdown."),
            "online_url": _("Zobaczą go tylko osoby zapisane na wydarzenie."),
            "capacity": _("Puste pole: bez limitu. Gdy miejsc zabraknie, kolejne osoby trafią na listę rezerwową."),
        }

    def __init__(self, *args: Any, organisers: list[Organisation], organiser_required: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organiser = self.fields["organiser"]
        organiser.queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisers]).order_by("name")
        organiser.required = organiser_required
        organiser.empty_label = None if organiser_required else _("klaster (bez wskazanej organizacji)")
        if self.instance.pk:
            organiser.initial = self.instance.organiser_id
        elif len(organisers) == 1 and organiser_required:
            organiser.initial = organisers[0].pk
        competences = self.fields["competences"]
        competences.choices = [(node.pk, _indented(node.name, depth)) for node, depth in competence_tree()]
        competences.required = False
        self.fields["visibility"].choices = EVENT_VISIBILITY_CHOICES
        self.fields["capacity"].widget.attrs["min"] = 1

    def clean_capacity(self) -> int | None:
        capacity = self.cleaned_data.get("capacity")
        if capacity is not None and capacity < 1:
            raise forms.ValidationError(_("Liczba miejsc musi być większa od zera albo pusta (bez limitu)."))
        return capacity

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "description": data["description"],
            "starts_at": data["starts_at"],
            "ends_at": data["ends_at"],
            "place": data.get("place") or "",
            "town": data.get("town") or "",
            "online_url": data.get("online_url") or "",
            "capacity": data.get("capacity"),
            "registration_closes_at": data.get("registration_closes_at"),
            "visibility": data["visibility"],
            "competences": list(data.get("competences") or []),
        }


class RegistrationForm(StyledFormMixin, forms.Form):
    organisation = forms.ChoiceField(label=_("Biorę udział jako"), required=False)

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "registration_%s")
        super().__init__(*args, **kwargs)
        self.organisations = {str(o.pk): o for o in organisations}
        self.fields["organisation"].choices = [
            ("", _("osoba prywatna")),
            *((str(o.pk), _("przedstawiciel(ka): %(name)s") % {"name": o.name}) for o in organisations),
        ]
        if len(organisations) == 1 and not self.is_bound:
            self.initial["organisation"] = str(organisations[0].pk)

    def chosen_organisation(self) -> Organisation | None:
        return self.organisations.get(self.cleaned_data.get("organisation") or "")
