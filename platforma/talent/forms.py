from typing import Any, cast

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import Availability
from platforma.core.forms import StyledFormMixin
from platforma.organisations.models import Organisation
from platforma.talent.models import ApplicationStatus, Offer, OfferKind, PayPeriod
from platforma.talent.selectors import competence_tree_ordered
from platforma.talent.uploads import validate_pdf
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree


def _indented(name: str, depth: int) -> str:
    return f"{'— ' * depth}{name}"


def _choices(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


def competence_filter_choices() -> list[tuple[str, Any]]:
    return [("", _("wszystkie kompetencje"))] + [
        (node.slug, _indented(node.name, depth)) for node, depth in competence_tree_ordered()
    ]


class RadioList(forms.RadioSelect):
    """Radio buttons in Bootstrap's form-check markup, each with its own label."""

    template_name = "talent/widgets/radio_list.html"


class GroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Competences as checkboxes in one collapsible fieldset per top-level area."""

    template_name = "talent/widgets/grouped_checkboxes.html"

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {
                "name": group,
                "options": options,
                "selected_count": sum(1 for option in options if option["selected"]),
            }
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context


class OfferFilterForm(StyledFormMixin, forms.Form):
    """The board's filters. Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w tytule i opisie"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Rodzaj oferty"), required=False)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    city = forms.ChoiceField(label=_("Miejscowość"), required=False)
    remote = forms.BooleanField(label=_("Tylko z możliwością pracy zdalnej"), required=False)

    def __init__(self, *args: Any, cities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "kind").choices = [("", _("wszystkie rodzaje")), *OfferKind.choices]
        _choices(self, "competence").choices = competence_filter_choices()
        _choices(self, "city").choices = [("", _("wszystkie miejscowości"))] + [(city, city) for city in cities]

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class SpecialistFilterForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Imię, nazwisko, specjalność"), required=False, max_length=100)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    city = forms.ChoiceField(label=_("Miejscowość"), required=False)
    availability = forms.ChoiceField(label=_("Dostępność"), required=False)

    def __init__(self, *args: Any, cities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "competence").choices = competence_filter_choices()
        _choices(self, "city").choices = [("", _("wszystkie miejscowości"))] + [(city, city) for city in cities]
        _choices(self, "availability").choices = [("", _("każda dostępność")), *Availability.choices]

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


class OfferForm(StyledFormMixin, forms.ModelForm):
    """Publishing and editing an offer. The view passes the validated values to the services."""

    organisation = OrganisationChoiceField(
        label=_("Organizacja"), queryset=Organisation.objects.none(), empty_label=None
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        help_text=_("Czego szukacie albo czego uczycie. Na tej podstawie platforma podpowie pasujące osoby."),
        error_messages={"invalid_choice": _("Wybrana kompetencja nie istnieje. Odśwież stronę i spróbuj ponownie.")},
    )
    field_order = ["organisation"]

    class Meta:
        model = Offer
        fields = [
            "kind",
            "title",
            "description",
            "competences",
            "city",
            "is_remote",
            "working_time",
            "hours_note",
            "pay_min",
            "pay_max",
            "pay_period",
            "deadline",
            "event_url",
        ]
        widgets = {
            "kind": RadioList,
            "description": forms.Textarea(attrs={"rows": 10}),
            "working_time": RadioList,
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "pay_min": forms.NumberInput(attrs={"min": 0, "step": 1}),
            "pay_max": forms.NumberInput(attrs={"min": 0, "step": 1}),
        }
        labels = {
            "description": _("Opis"),
            "pay_min": _("Wynagrodzenie od (zł brutto)"),
            "pay_max": _("Wynagrodzenie do (zł brutto)"),
            "event_url": _("Link do wydarzenia (dla szkoleń)"),
        }
        help_texts = {
            "description": _("Zadania, wymagania, co oferujecie, jak wygląda rekrutacja. Można użyć Markdown."),
            "city": _("Gdzie odbywa się praca, staż albo szkolenie. Można pominąć, jeśli praca jest w pełni zdalna."),
            "hours_note": _("Nieobowiązkowe, np. „20 godzin tygodniowo”, „3 dni szkolenia po 6 godzin”."),
            "pay_min": _("Nieobowiązkowe. Podanie widełek zwiększa liczbę zgłoszeń."),
            "pay_period": _("Wymagany, gdy podajecie wynagrodzenie."),
            "deadline": _("Po tym dniu oferta sama zniknie z listy."),
            "event_url": _("Strona wydarzenia, jeśli szkolenie jest częścią konferencji lub warsztatów."),
        }

    def __init__(self, *args: Any, organisations: list[Organisation] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations and len(organisations) > 1:
            field = cast(forms.ModelChoiceField, self.fields["organisation"])
            field.queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        else:
            # One organisation (or editing): nothing to choose, the view knows which one.
            del self.fields["organisation"]
        competences = cast(forms.ModelMultipleChoiceField, self.fields["competences"])
        competences.widget = GroupedCheckboxes(attrs={"class": "form-check-input"})
        competences.choices = competence_choices(tree=competence_tree())
        _choices(self, "pay_period").choices = [("", _("— nie dotyczy —")), *PayPeriod.choices]
        # The model field has no default, so Django would add an English "Select an option" radio.
        _choices(self, "kind").choices = OfferKind.choices

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        pay_min, pay_max = data.get("pay_min"), data.get("pay_max")
        if pay_min is not None and pay_max is not None and pay_min > pay_max:
            self.add_error("pay_max", _("Górna granica wynagrodzenia nie może być niższa niż dolna."))
        if (pay_min is not None or pay_max is not None) and not data.get("pay_period"):
            self.add_error("pay_period", _("Podaj, za jaki okres jest wynagrodzenie (np. miesięcznie)."))
        if not (data.get("city") or "").strip() and not data.get("is_remote") and "city" not in self.errors:
            self.add_error("city", _("Podaj miejscowość albo zaznacz, że praca może być zdalna."))
        deadline = data.get("deadline")
        changed = self.instance.pk is None or deadline != self.instance.deadline
        if deadline and changed and deadline < timezone.localdate():
            self.add_error("deadline", _("Termin zgłoszeń nie może być w przeszłości."))
        return data

    def _post_clean(self) -> None:
        # The model's constraints are the service's to check, with the same messages as above.
        pass

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {name: data.get(name) for name in self.Meta.fields} | {
            "competences": list(data.get("competences") or []),
            "city": data.get("city") or "",
            "hours_note": data.get("hours_note") or "",
            "pay_period": data.get("pay_period") or "",
            "event_url": data.get("event_url") or "",
        }


class ApplicationForm(StyledFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Wiadomość do organizacji"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Napisz, dlaczego ta oferta Cię interesuje i co możesz wnieść."),
        error_messages={"required": _("Napisz kilka zdań do organizacji.")},
    )
    cv = forms.FileField(
        label=_("CV (plik PDF)"),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        error_messages={"required": _("Dołącz CV w formacie PDF."), "empty": _("Przesłany plik jest pusty.")},
    )

    def __init__(self, *args: Any, cv_required: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cv = self.fields["cv"]
        cv.required = cv_required
        limit = filesizeformat(settings.MAX_UPLOAD_BYTES)
        cv.help_text = _("Tylko PDF, najwyżej %(limit)s. Zobaczy go wyłącznie organizacja, do której aplikujesz.") % {
            "limit": limit
        }
        if not cv_required:
            cv.label = _("CV (plik PDF, nieobowiązkowe)")

    def clean_cv(self) -> Any:
        upload = self.cleaned_data.get("cv")
        if upload:
            validate_pdf(upload)
        return upload or None


class ApplicationStatusForm(StyledFormMixin, forms.Form):
    to_status = forms.ChoiceField(
        label=_("Nowy status"),
        choices=ApplicationStatus.choices,
        error_messages={"required": _("Wybierz nowy status.")},
    )

    def __init__(self, *args: Any, allowed: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if allowed is not None:
            # Offer only the moves that make sense, and no preselected one: a rejection should never be one
            # careless click away. The field accepts any status, so that a crafted POST reaches the service
            # and gets its precise message about the transition.
            labels = dict(ApplicationStatus.choices)
            self.fields["to_status"].widget.choices = [("", _("— wybierz —"))] + [
                (status, labels[status]) for status in allowed
            ]


class ApplicationStatusFilterForm(forms.Form):
    status = forms.ChoiceField(required=False, choices=[("", ""), *ApplicationStatus.choices])
