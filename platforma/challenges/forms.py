from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.challenges.models import Challenge, ChallengeStatus, ProposalStatus
from platforma.challenges.selectors import ALL_STATUSES
from platforma.core.forms import StyledFormMixin
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation, OrganisationType
from platforma.taxonomy.models import Competence


def competence_tree(queryset: Any = None) -> list[tuple[Competence, int]]:
    """All competences in tree order (each parent followed by its children), with their depth."""
    nodes = list(queryset if queryset is not None else Competence.objects.order_by("position", "pk"))
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
    """Renders options as Bootstrap .form-check rows. The stock template gives the wrapper <div> the inputs'
    class too, and a wrapper styled as .form-check-input collapses into a 1em box."""

    template_name = "challenges/widgets/choice_list.html"

    def __init__(self, *args: Any, list_class: str = "", **kwargs: Any) -> None:
        self.list_class = list_class
        super().__init__(*args, **kwargs)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class CheckboxList(_ChoiceListMixin, forms.CheckboxSelectMultiple):
    pass


class RadioList(_ChoiceListMixin, forms.RadioSelect):
    pass


class ChallengeFilterForm(StyledFormMixin, forms.Form):
    """The list's filters. Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w tytule i opisie"), required=False, max_length=200)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    city = forms.ChoiceField(label=_("Miejscowość"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    org_type = forms.ChoiceField(label=_("Rodzaj organizacji"), required=False)

    def __init__(self, *args: Any, cities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competence"].choices = [("", _("wszystkie kompetencje"))] + [
            (node.slug, _indented(node.name, depth)) for node, depth in competence_tree()
        ]
        self.fields["city"].choices = [("", _("wszystkie miejscowości"))] + [(city, city) for city in cities]
        self.fields["status"].choices = [
            ("", _("otwarte i w realizacji")),
            *ChallengeStatus.choices,
            (ALL_STATUSES, _("wszystkie")),
        ]
        self.fields["org_type"].choices = [("", _("wszystkie rodzaje")), *OrganisationType.choices]

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


class ChallengeForm(StyledFormMixin, forms.ModelForm):
    """Creating and editing a challenge. The view passes the validated values to the services."""

    organisation = OrganisationChoiceField(
        label=_("Zgłaszająca organizacja"), queryset=Organisation.objects.none(), empty_label=None
    )
    field_order = ["organisation"]

    class Meta:
        model = Challenge
        fields = ["title", "description", "city", "latitude", "longitude", "competences", "visibility", "visible_to"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "competences": CheckboxList(list_class="choice-list choice-list-long border rounded p-2"),
            "visibility": RadioList,
            "visible_to": CheckboxList(list_class="choice-list choice-list-long border rounded p-2"),
        }
        help_texts = {
            "description": _(
                "Opisz problem: skąd się wziął, jak jest duży, co już próbowaliście. Można użyć Markdown."
            ),
            "latitude": _("Nieobowiązkowe, np. 50,38167. Podaj razem z długością geograficzną."),
            "longitude": _("Nieobowiązkowe, np. 18,94889."),
            "visible_to": _("Wymagane, gdy wyzwanie jest widoczne tylko dla wskazanych organizacji."),
        }

    def __init__(self, *args: Any, organisations: list[Organisation] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations and len(organisations) > 1:
            self.fields["organisation"].queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        else:
            # One organisation (or editing): nothing to choose, the view knows which one.
            del self.fields["organisation"]
        competences = self.fields["competences"]
        competences.choices = [(node.pk, _indented(node.name, depth)) for node, depth in competence_tree()]
        competences.required = False
        shared = Organisation.objects.cluster_members().order_by("name")
        if self.instance.pk:
            shared = shared.exclude(pk=self.instance.organisation_id)
        elif organisations and len(organisations) == 1:
            shared = shared.exclude(pk=organisations[0].pk)
        self.fields["visible_to"].queryset = shared
        self.fields["visible_to"].required = False
        self.fields["visibility"].choices = Visibility.choices

    def clean_latitude(self) -> Decimal | None:
        value = self.cleaned_data.get("latitude")
        if value is not None and not Decimal(-90) <= value <= Decimal(90):
            raise forms.ValidationError(_("Szerokość geograficzna musi mieścić się między -90 a 90."))
        return value

    def clean_longitude(self) -> Decimal | None:
        value = self.cleaned_data.get("longitude")
        if value is not None and not Decimal(-180) <= value <= Decimal(180):
            raise forms.ValidationError(_("Długość geograficzna musi mieścić się między -180 a 180."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_latitude = data.get("latitude") is not None
        has_longitude = data.get("longitude") is not None
        if has_latitude != has_longitude and "latitude" not in self.errors and "longitude" not in self.errors:
            self.add_error(
                "longitude" if has_latitude else "latitude",
                _("Podaj obie współrzędne albo żadnej."),
            )
        if data.get("visibility") == Visibility.RESTRICTED and not data.get("visible_to"):
            self.add_error("visible_to", _("Wskaż co najmniej jedną organizację, która może zobaczyć to wyzwanie."))
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "description": data["description"],
            "city": data["city"],
            "latitude": data.get("latitude"),
            "longitude": data.get("longitude"),
            "competences": list(data.get("competences") or []),
            "visibility": data["visibility"],
            "visible_to": list(data.get("visible_to") or []),
        }


class StatusForm(StyledFormMixin, forms.Form):
    to_status = forms.ChoiceField(label=_("Nowy status"), choices=ChallengeStatus.choices)
    note = forms.CharField(
        label=_("Uwaga do zmiany (nieobowiązkowa)"), required=False, max_length=500, widget=forms.TextInput
    )

    def __init__(self, *args: Any, allowed: list[str] | None = None, **kwargs: Any) -> None:
        # Own ids: the status and "we face it too" forms can share a page, and both have a `note`.
        kwargs.setdefault("auto_id", "status_%s")
        super().__init__(*args, **kwargs)
        if allowed is not None:
            # Offer only the moves that make sense; the field itself accepts any status, so that a crafted
            # POST reaches the service and gets its precise message about the transition.
            labels = dict(ChallengeStatus.choices)
            self.fields["to_status"].widget.choices = [(status, labels[status]) for status in allowed]


class SupportForm(StyledFormMixin, forms.Form):
    organisation = OrganisationChoiceField(
        label=_("W imieniu organizacji"), queryset=Organisation.objects.none(), empty_label=None
    )
    note = forms.CharField(
        label=_("Jak ten problem wygląda u Was? (nieobowiązkowe)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "support_%s")
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        if len(organisations) == 1:
            self.fields["organisation"].widget = forms.HiddenInput()
            self.fields["organisation"].initial = organisations[0].pk


INDIVIDUAL = ""


class ProposalForm(StyledFormMixin, forms.Form):
    acting_as = forms.ChoiceField(label=_("Zgłaszam jako"), required=False)
    title = forms.CharField(label=_("Tytuł propozycji"), max_length=200)
    description = forms.CharField(
        label=_("Opis rozwiązania"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Na czym polega rozwiązanie, co jest potrzebne, jakie macie doświadczenie. Można użyć Markdown."),
    )

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisations = {str(o.pk): o for o in organisations}
        self.fields["acting_as"].choices = [
            (INDIVIDUAL, _("specjalista/specjalistka — we własnym imieniu")),
            *((str(o.pk), o.name) for o in organisations),
        ]
        if not organisations:
            self.fields["acting_as"].widget = forms.HiddenInput()

    def chosen_organisation(self) -> Organisation | None:
        return self.organisations.get(self.cleaned_data.get("acting_as") or INDIVIDUAL)


class ProposalDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[(ProposalStatus.ACCEPTED, ""), (ProposalStatus.DECLINED, "")])


class HideForm(StyledFormMixin, forms.Form):
    note = forms.CharField(
        label=_("Uzasadnienie ukrycia"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Zobaczy je zgłaszająca organizacja."),
        error_messages={"required": _("Napisz, dlaczego wyzwanie jest ukrywane.")},
    )


class ModerationFilterForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Tytuł lub organizacja"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("wszystkie")), *ChallengeStatus.choices]
    )
    visibility = forms.ChoiceField(
        label=_("Widoczność"), required=False, choices=[("", _("każda")), *Visibility.choices]
    )
    hidden = forms.ChoiceField(
        label=_("Moderacja"),
        required=False,
        choices=[("", _("wszystkie")), ("1", _("tylko ukryte")), ("0", _("tylko widoczne"))],
    )

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}
