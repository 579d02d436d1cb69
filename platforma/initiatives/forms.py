"""Forms of initiatives. The views pass the cleaned values to the services; forms only check the input."""

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.core.forms import StyledFormMixin
from platforma.initiatives.models import (
    INITIATIVE_VISIBILITY_CHOICES,
    Goal,
    Initiative,
    InitiativeStatus,
    Participant,
    ParticipantRole,
    PledgeKind,
    TaskStatus,
)
from platforma.initiatives.selectors import ALL_STATUSES, MINE
from platforma.initiatives.uploads import validate_document
from platforma.organisations.models import Organisation
from platforma.resources.models import Resource

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _ChoiceListMixin:
    """Options as Bootstrap .form-check rows (the stock template would give the wrapper the inputs' class)."""

    template_name = "initiatives/widgets/choice_list.html"

    def __init__(self, *args: Any, list_class: str = "", **kwargs: Any) -> None:
        self.list_class = list_class
        attrs = kwargs.setdefault("attrs", {}) or {}
        attrs.setdefault("class", "form-check-input")
        kwargs["attrs"] = attrs
        super().__init__(*args, **kwargs)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class CheckboxList(_ChoiceListMixin, forms.CheckboxSelectMultiple):
    pass


class RadioList(_ChoiceListMixin, forms.RadioSelect):
    pass


class AmountField(forms.DecimalField):
    """Amounts as Polish people type them: "12 500,50" as well as "12500.50"."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
        kwargs.setdefault("error_messages", {"invalid": _("Wpisz liczbę, np. 12 500 albo 12 500,50.")})
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        if isinstance(value, str):
            value = value.replace("\u00a0", "").replace(" ", "").replace(",", ".")
            try:
                Decimal(value) if value else None
            except InvalidOperation as error:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from error
        return super().to_python(value)


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


class ChallengeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Challenge) -> str:  # type: ignore[override]
        return f"{obj.title} ({obj.organisation.name})"


class InitiativeFilterForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Szukaj w nazwie i celu"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False)
    scope = forms.ChoiceField(label=_("Które"), required=False)

    def __init__(self, *args: Any, logged_in: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", _("wszystkie poza anulowanymi")),
            *InitiativeStatus.choices,
            (ALL_STATUSES, _("wszystkie")),
        ]
        self.fields["scope"].choices = [
            ("", _("wszystkie widoczne dla mnie")),
            (MINE, _("tylko te, w których biorę udział")),
        ]
        if not logged_in:
            del self.fields["scope"]

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class InitiativeForm(StyledFormMixin, forms.ModelForm):
    lead_organisation = OrganisationChoiceField(
        label=_("Organizacja prowadząca"), queryset=Organisation.objects.none(), empty_label=None
    )
    budget = AmountField(label=_("Budżet (PLN)"), required=False, min_value=0)
    challenges = ChallengeChoiceField(
        label=_("Powiązane wyzwania"),
        queryset=Challenge.objects.none(),
        required=False,
        widget=CheckboxList(list_class="choice-list choice-list-long border rounded p-2"),
        help_text=_("Problemy środowiskowe, które przedsięwzięcie ma rozwiązać."),
    )
    field_order = ["lead_organisation"]

    class Meta:
        model = Initiative
        fields = ["name", "goal", "description", "planned_start", "planned_end", "budget", "visibility", "challenges"]
        widgets = {
            "goal": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "planned_start": DATE,
            "planned_end": DATE,
            "visibility": RadioList,
        }
        help_texts = {
            "goal": _("Jednym, dwoma zdaniami: co ma się zmienić, gdy przedsięwzięcie się uda."),
            "description": _("Plan działań, podział pracy, potrzeby. Można użyć Markdown."),
            "visibility": _("Partnerzy przedsięwzięcia i koordynator klastra widzą je zawsze."),
        }

    def __init__(
        self,
        *args: Any,
        organisations: list[Organisation] | None = None,
        challenges: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if organisations and len(organisations) > 1:
            self.fields["lead_organisation"].queryset = Organisation.objects.filter(
                pk__in=[o.pk for o in organisations]
            )
        else:
            del self.fields["lead_organisation"]
        queryset = challenges if challenges is not None else Challenge.objects.none()
        if self.instance.pk:
            # Linked challenges stay choosable even if the editor does not see them any more.
            linked = Challenge.objects.filter(initiatives=self.instance)
            queryset = Challenge.objects.filter(pk__in=queryset.values("pk")) | linked
            queryset = queryset.distinct().select_related("organisation").order_by("title")
        self.fields["challenges"].queryset = queryset
        self.fields["visibility"].choices = INITIATIVE_VISIBILITY_CHOICES

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("planned_start"), data.get("planned_end")
        if start and end and end < start:
            self.add_error("planned_end", _("Planowany koniec nie może być wcześniejszy niż początek."))
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "goal": data["goal"],
            "description": data.get("description", ""),
            "planned_start": data.get("planned_start"),
            "planned_end": data.get("planned_end"),
            "budget": data.get("budget"),
            "visibility": data["visibility"],
            "challenges": list(data.get("challenges") or []),
        }


class StatusForm(StyledFormMixin, forms.Form):
    to_status = forms.ChoiceField(label=_("Nowy status"), choices=InitiativeStatus.choices)
    note = forms.CharField(label=_("Uwaga do zmiany (nieobowiązkowa)"), required=False, max_length=500)

    def __init__(self, *args: Any, allowed: list[str] | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "status_%s")
        super().__init__(*args, **kwargs)
        if allowed is not None:
            labels = dict(InitiativeStatus.choices)
            self.fields["to_status"].widget.choices = [(status, labels[status]) for status in allowed]


class OutcomeForm(StyledFormMixin, forms.Form):
    achieved = forms.CharField(
        label=_("Co osiągnięto"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Co się zmieniło dzięki przedsięwzięciu. Z tego powstanie studium przypadku w bazie wiedzy."),
    )
    figures = forms.CharField(
        label=_("Liczby"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Jedna wartość w wierszu, np. „Zrekultywowana powierzchnia: 2,4 ha”."),
    )
    lessons = forms.CharField(
        label=_("Wnioski na przyszłość"), required=False, max_length=10000, widget=forms.Textarea(attrs={"rows": 4})
    )
    challenge_solved = forms.BooleanField(
        label=_("Problem został rozwiązany — oznacz powiązane wyzwania jako rozwiązane"), required=False
    )


class InviteOrganisationForm(StyledFormMixin, forms.Form):
    organisation = OrganisationChoiceField(label=_("Organizacja"), queryset=Organisation.objects.none())
    role = forms.ChoiceField(
        label=_("Rola"),
        choices=[(ParticipantRole.PARTNER, _("partner")), (ParticipantRole.OBSERVER, _("obserwator"))],
    )
    message = forms.CharField(
        label=_("Wiadomość (nieobowiązkowa)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, organisations: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "org_%s")
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            organisations if organisations is not None else Organisation.objects.none()
        )
        self.fields["organisation"].empty_label = _("— wybierz organizację —")


class InvitePersonForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Adres e-mail specjalisty"),
        help_text=_("Osoba bez konta dostanie zaproszenie i odpowie po założeniu konta na ten adres."),
    )
    role = forms.ChoiceField(
        label=_("Rola"),
        choices=[(ParticipantRole.EXPERT, _("ekspert")), (ParticipantRole.OBSERVER, _("obserwator"))],
    )
    message = forms.CharField(
        label=_("Wiadomość (nieobowiązkowa)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "person_%s")
        super().__init__(*args, **kwargs)


class HandOverForm(StyledFormMixin, forms.Form):
    participant = forms.ChoiceField(label=_("Nowa organizacja prowadząca"))

    def __init__(self, *args: Any, candidates: list[Participant], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "handover_%s")
        super().__init__(*args, **kwargs)
        self.candidates = {str(p.pk): p for p in candidates}
        self.fields["participant"].choices = [(str(p.pk), p.name) for p in candidates]

    def chosen(self) -> Participant:
        return self.candidates[self.cleaned_data["participant"]]


class PledgeForm(StyledFormMixin, forms.Form):
    organisation = OrganisationChoiceField(
        label=_("W imieniu organizacji"), queryset=Organisation.objects.none(), empty_label=None
    )
    kind = forms.ChoiceField(label=_("Rodzaj wkładu"), choices=PledgeKind.choices, widget=RadioList)
    amount = AmountField(
        label=_("Kwota (PLN) albo liczba osobodni"),
        required=False,
        min_value=Decimal("0.01"),
        help_text=_("Dla środków finansowych — kwota w złotych, dla pracy — liczba osobodni."),
    )
    resource = forms.ModelChoiceField(
        label=_("Sprzęt z katalogu zasobów"),
        queryset=Resource.objects.none(),
        required=False,
        empty_label=_("— wybierz sprzęt —"),
        help_text=_("Tylko dla wkładu w postaci sprzętu: zasób Twojej organizacji z katalogu „Zasoby”."),
    )
    period_start = forms.DateField(label=_("Od"), widget=DATE)
    period_end = forms.DateField(label=_("Do"), widget=DATE)
    note = forms.CharField(label=_("Uwagi (nieobowiązkowe)"), required=False, max_length=500)

    def __init__(self, *args: Any, organisations: list[Organisation], resources: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "pledge_%s")
        super().__init__(*args, **kwargs)
        self.only_organisation = organisations[0] if len(organisations) == 1 else None
        if self.only_organisation is not None:
            # Nothing to choose: the person pledges for the one organisation they take part for.
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        self.fields["resource"].queryset = resources if resources is not None else Resource.objects.none()
        self.fields["resource"].label_from_instance = lambda resource: f"{resource.name} ({resource.owner.name})"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.only_organisation is not None:
            data["organisation"] = self.only_organisation
        kind = data.get("kind")
        if kind == PledgeKind.EQUIPMENT:
            resource = data.get("resource")
            organisation = data.get("organisation")
            if resource is None and "resource" not in self.errors:
                self.add_error("resource", _("Wskaż sprzęt z katalogu zasobów."))
            elif resource is not None and organisation is not None and resource.owner_id != organisation.pk:
                self.add_error("resource", _("Można deklarować tylko sprzęt organizacji, w której imieniu działasz."))
        elif kind and data.get("amount") is None and "amount" not in self.errors:
            self.add_error("amount", _("Podaj kwotę albo liczbę osobodni."))
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Koniec okresu nie może być wcześniejszy niż początek."))
        return data


class GoalForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Cel"), max_length=200)
    description = forms.CharField(
        label=_("Opis (nieobowiązkowy)"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )
    target_date = forms.DateField(label=_("Termin osiągnięcia (nieobowiązkowy)"), required=False, widget=DATE)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "goal_%s")
        super().__init__(*args, **kwargs)


class MilestoneForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Kamień milowy"), max_length=200)
    due_date = forms.DateField(label=_("Termin"), widget=DATE)
    goal = forms.ModelChoiceField(
        label=_("Cel, do którego prowadzi (nieobowiązkowy)"),
        queryset=Goal.objects.none(),
        required=False,
        empty_label=_("— bez celu —"),
    )

    def __init__(self, *args: Any, goals: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "milestone_%s")
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = goals if goals is not None else Goal.objects.none()


class TaskForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Zadanie"), max_length=200)
    description = forms.CharField(
        label=_("Opis (nieobowiązkowy)"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )
    assignee = forms.ChoiceField(label=_("Kto odpowiada"), required=False)
    due_date = forms.DateField(label=_("Termin (nieobowiązkowy)"), required=False, widget=DATE)

    def __init__(self, *args: Any, organisations: list[Organisation], people: list[User], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "task_%s")
        super().__init__(*args, **kwargs)
        self.organisations = {f"org-{o.pk}": o for o in organisations}
        self.people = {f"user-{u.pk}": u for u in people}
        self.fields["assignee"].choices = [
            ("", _("— jeszcze nikt —")),
            (_("Organizacje"), [(key, o.name) for key, o in self.organisations.items()]),
            (_("Osoby"), [(key, u.display_name) for key, u in self.people.items()]),
        ]

    def assignee_kwargs(self) -> dict[str, Any]:
        key = self.cleaned_data.get("assignee") or ""
        return {"assignee_user": self.people.get(key), "assignee_organisation": self.organisations.get(key)}


class TaskMoveForm(forms.Form):
    status = forms.ChoiceField(choices=TaskStatus.choices)


class TaskFilterForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Stan"), required=False, choices=[("", _("wszystkie")), *TaskStatus.choices])
    overdue = forms.ChoiceField(
        label=_("Termin"), required=False, choices=[("", _("wszystkie")), ("1", _("tylko po terminie"))]
    )

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class DocumentForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Tytuł dokumentu"), max_length=200)
    file = forms.FileField(
        label=_("Plik"),
        help_text=_("PDF, ODT, ODS, DOCX, XLSX albo CSV, najwyżej 10 MB."),
    )
    comment = forms.CharField(label=_("Uwagi do wersji (nieobowiązkowe)"), required=False, max_length=300)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "document_%s")
        super().__init__(*args, **kwargs)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        validate_document(upload)
        return upload


class DocumentVersionForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Nowa wersja pliku"),
        help_text=_("PDF, ODT, ODS, DOCX, XLSX albo CSV, najwyżej 10 MB. Poprzednie wersje zostają."),
    )
    comment = forms.CharField(label=_("Co się zmieniło (nieobowiązkowe)"), required=False, max_length=300)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        validate_document(upload)
        return upload
