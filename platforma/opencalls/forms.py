from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.core.forms import StyledFormMixin
from platforma.opencalls.documents import document_kind
from platforma.opencalls.models import (
    MAX_ATTACHMENTS,
    MAX_SCORE,
    MAX_WEIGHT,
    CallProposal,
    CallState,
    Criterion,
    Eligibility,
    OpenCall,
    ProposalAttachment,
)
from platforma.organisations.models import Organisation
from platforma.taxonomy.selectors import competence_tree

DEFAULT_TERMS = _(
    "Składając propozycję, oświadczam, że:\n"
    "1. jestem jej autorem lub autorką albo mam prawo zgłosić ją w imieniu wskazanej organizacji;\n"
    "2. informacje o wyzwaniu, które poznam w naborze, zachowam w poufności i wykorzystam wyłącznie do "
    "przygotowania propozycji;\n"
    "3. prawa własności intelektualnej do rozwiązania pozostają przy mnie lub przy mojej organizacji; "
    "prowadzący nabór i oceniający wykorzystają propozycję wyłącznie do jej oceny;\n"
    "4. zasady korzystania z rozwiązania w pilotażu strony ustalą w odrębnej umowie."
)

DEFAULT_CRITERIA = [
    {"name": _("Skuteczność rozwiązania"), "weight": 40},
    {"name": _("Koszt i wykonalność wdrożenia"), "weight": 30},
    {"name": _("Doświadczenie zespołu"), "weight": 30},
]

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class _ChoiceList:
    """Options as Bootstrap .form-check rows; the stock template would give the wrapper the inputs' class."""

    template_name = "opencalls/widgets/choice_list.html"

    def __init__(self, *args: Any, list_class: str = "", **kwargs: Any) -> None:
        self.list_class = list_class
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class RadioList(_ChoiceList, forms.RadioSelect):
    pass


class CheckboxList(_ChoiceList, forms.CheckboxSelectMultiple):
    pass


def competence_filter_choices() -> list[tuple[str, Any]]:
    """Competences by slug, grouped by area, for the list's filter (three queries for the whole tree)."""
    groups: list[tuple[str, Any]] = [("", _("wszystkie kompetencje"))]
    for area in competence_tree():
        options = [(area.slug, _("%(name)s — ogólnie") % {"name": area.name})]
        for child in area.children.all():
            options.append((child.slug, child.name))
            options.extend((grandchild.slug, f"– {grandchild.name}") for grandchild in child.children.all())
        groups.append((area.name, options))
    return groups


class DeadlineInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format=DATETIME_FORMAT, **kwargs)


class CallFilterForm(StyledFormMixin, forms.Form):
    """The list's filters. Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w tytule i opisie"), required=False, max_length=200)
    state = forms.ChoiceField(
        label=_("Stan naboru"), required=False, choices=[("", _("wszystkie")), *CallState.choices]
    )
    eligibility = forms.ChoiceField(
        label=_("Kto może odpowiedzieć"),
        required=False,
        choices=[("", _("wszyscy i członkowie")), *Eligibility.choices],
    )
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competence"].choices = competence_filter_choices()

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class ChallengeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Challenge) -> str:  # type: ignore[override]
        return f"{obj.title} ({obj.organisation.name})"


class _CallTextMixin(forms.Form):
    title = forms.CharField(label=_("Tytuł naboru"), max_length=200)
    summary = forms.CharField(
        label=_("Opis naboru"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Czego szukacie, jakie są warunki pilotażu, co zapewniacie. Można użyć Markdown."),
    )
    deadline = forms.DateTimeField(
        label=_("Termin składania propozycji"),
        widget=DeadlineInput(),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        help_text=_("Data i godzina czasu polskiego. Po terminie platforma nie przyjmie propozycji ani zmian."),
    )
    terms = forms.CharField(
        label=_("Oświadczenie o poufności i własności intelektualnej"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_("Zgłaszający muszą je zaakceptować; zapisujemy, kiedy i którą wersję zaakceptowali."),
    )

    def clean_deadline(self) -> Any:
        deadline = self.cleaned_data["deadline"]
        if deadline <= timezone.now():
            raise ValidationError(_("Termin musi być w przyszłości."))
        return deadline


class CallForm(StyledFormMixin, _CallTextMixin):
    challenge = ChallengeChoiceField(label=_("Wyzwanie"), queryset=Challenge.objects.none(), empty_label=None)
    eligibility = forms.ChoiceField(
        label=_("Kto może odpowiedzieć"), choices=Eligibility.choices, widget=RadioList, initial=Eligibility.EVERYONE
    )
    field_order = ["challenge", "title", "summary", "deadline", "eligibility", "terms"]

    def __init__(self, *args: Any, challenges: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("terms", DEFAULT_TERMS)
        super().__init__(*args, **kwargs)
        if challenges is None:
            # The challenge came in the address and was checked by the view: nothing to choose.
            del self.fields["challenge"]
        else:
            self.fields["challenge"].queryset = challenges


class CallEditForm(StyledFormMixin, _CallTextMixin):
    pass


class CriterionForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("Nazwa kryterium"), max_length=120, required=False)
    weight = forms.IntegerField(
        label=_("Waga"),
        required=False,
        min_value=1,
        max_value=MAX_WEIGHT,
        help_text=_("Liczba od 1 do 100; wagi nie muszą sumować się do 100."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        name = (data.get("name") or "").strip()
        weight = data.get("weight")
        if name and weight is None and "weight" not in self.errors:
            self.add_error("weight", _("Podaj wagę kryterium."))
        if weight is not None and not name:
            self.add_error("name", _("Podaj nazwę kryterium albo usuń jego wagę."))
        return data


class BaseCriterionFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        names = [name.casefold() for name, _weight in self.criteria()]
        if not names:
            raise ValidationError(_("Podaj co najmniej jedno kryterium oceny z wagą."))
        if len(set(names)) != len(names):
            raise ValidationError(_("Kryteria muszą mieć różne nazwy."))

    def criteria(self) -> list[tuple[str, int]]:
        """The filled rows, in order; empty rows are left out."""
        rows = []
        for form in self.forms:
            name = (form.cleaned_data.get("name") or "").strip()
            weight = form.cleaned_data.get("weight")
            if name and weight is not None:
                rows.append((name, weight))
        return rows


CriterionFormSet = forms.formset_factory(
    CriterionForm, formset=BaseCriterionFormSet, extra=2, max_num=10, validate_max=True, absolute_max=20
)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:  # type: ignore[override]
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


INDIVIDUAL = ""


class ProposalForm(StyledFormMixin, forms.Form):
    acting_as = forms.ChoiceField(label=_("Zgłaszam jako"), required=False)
    title = forms.CharField(label=_("Tytuł propozycji"), max_length=200)
    description = forms.CharField(
        label=_("Opis rozwiązania"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Na czym polega rozwiązanie, czego potrzebuje pilotaż, jakie macie doświadczenie. Można użyć Markdown."
        ),
    )
    uploads = MultipleFileField(
        label=_("Załączniki"),
        required=False,
        help_text=_("PDF, ODT, DOCX lub XLSX, każdy najwyżej 2 MB, razem najwyżej 5 plików."),
    )
    remove_attachments = forms.MultipleChoiceField(label=_("Usuń załączniki"), required=False, widget=CheckboxList)
    accept_terms = forms.BooleanField(
        label=_("Akceptuję powyższe oświadczenie o poufności i własności intelektualnej"),
        error_messages={"required": _("Bez akceptacji oświadczenia nie można złożyć propozycji.")},
    )

    def __init__(
        self,
        *args: Any,
        call: OpenCall,
        organisations: Sequence[Organisation],
        attachments: Sequence[ProposalAttachment] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.call = call
        self.attachments = list(attachments)
        self.organisations = {str(o.pk): o for o in organisations}
        choices = [(str(o.pk), o.name) for o in organisations]
        if call.eligibility == Eligibility.EVERYONE:
            choices.insert(0, (INDIVIDUAL, _("we własnym imieniu (specjalista/specjalistka, student/ka, naukowiec)")))
            if not organisations:
                self.fields["acting_as"].widget = forms.HiddenInput()
        else:
            self.fields["acting_as"].required = True
        self.fields["acting_as"].choices = choices
        self.fields["uploads"].widget.attrs["accept"] = ".pdf,.odt,.docx,.xlsx"
        if self.attachments:
            self.fields["remove_attachments"].choices = [(str(a.pk), a.name) for a in self.attachments]
        else:
            del self.fields["remove_attachments"]

    def clean_uploads(self) -> list[Any]:
        files = self.cleaned_data.get("uploads") or []
        errors = []
        for upload in files:
            try:
                document_kind(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kept = len(self.attachments) - len(data.get("remove_attachments") or [])
        if "uploads" in data and kept + len(data["uploads"]) > MAX_ATTACHMENTS:
            self.add_error(
                "uploads", _("Propozycja może mieć najwyżej %(count)s załączników.") % {"count": MAX_ATTACHMENTS}
            )
        return data

    def chosen_organisation(self) -> Organisation | None:
        return self.organisations.get(self.cleaned_data.get("acting_as") or INDIVIDUAL)

    def removed_ids(self) -> list[int]:
        return [int(pk) for pk in self.cleaned_data.get("remove_attachments") or []]


class EvaluatorForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Adres e-mail oceniającego"),
        help_text=_("Osoba musi mieć konto na platformie. Dostanie wiadomość z prośbą o ocenę."),
    )

    def clean_email(self) -> User:
        email = self.cleaned_data["email"]
        user = User.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise ValidationError(
                _("Nie ma aktywnego konta z tym adresem. Poproś tę osobę o założenie konta na platformie.")
            )
        return user


class EvaluationForm(StyledFormMixin, forms.Form):
    comment = forms.CharField(
        label=_("Komentarz dla autorów"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Autorzy dostaną go po rozstrzygnięciu naboru, bez Twojego nazwiska."),
        error_messages={"required": _("Napisz komentarz — autorzy dostaną go jako informację zwrotną.")},
    )

    def __init__(self, *args: Any, criteria: Sequence[Criterion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        fields = {}
        for criterion in self.criteria:
            fields[self.field_name(criterion)] = forms.IntegerField(
                label=_("%(name)s (waga %(weight)s)") % {"name": criterion.name, "weight": criterion.weight},
                min_value=0,
                max_value=MAX_SCORE,
                help_text=_("Punkty od 0 do 10."),
            )
        # Scores first, the comment last, as a person reads the form.
        self.fields = {**fields, "comment": self.fields["comment"]}
        for name in fields:
            self.fields[name].widget.attrs["class"] = "form-control"

    @staticmethod
    def field_name(criterion: Criterion) -> str:
        return f"criterion_{criterion.pk}"

    def scores(self) -> dict[int, int]:
        return {c.pk: self.cleaned_data[self.field_name(c)] for c in self.criteria}


NO_WINNER = "brak"


class DecisionForm(StyledFormMixin, forms.Form):
    winner = forms.ChoiceField(
        label=_("Zwycięska propozycja"),
        widget=RadioList(list_class="mb-2"),
        error_messages={"required": _("Wybierz zwycięską propozycję albo zakończ nabór bez wyboru.")},
    )
    pilot_name = forms.CharField(
        label=_("Nazwa przedsięwzięcia pilotażowego"),
        required=False,
        max_length=200,
        help_text=_("Nieobowiązkowe; domyślnie „Pilotaż: tytuł propozycji”."),
    )
    pilot_goal = forms.CharField(
        label=_("Cel pilotażu"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    note = forms.CharField(
        label=_("Uzasadnienie rozstrzygnięcia"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Dostaną je wszyscy zgłaszający, razem z komentarzami oceniających do swoich propozycji."),
    )

    def __init__(
        self, *args: Any, choices: Sequence[tuple[str, str]], proposals: Sequence[CallProposal], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.proposals = {str(p.pk): p for p in proposals}
        self.fields["winner"].choices = [
            *choices,
            (NO_WINNER, _("żadna — kończę nabór bez wyboru zwycięzcy")),
        ]

    def chosen(self) -> CallProposal | None:
        return self.proposals.get(self.cleaned_data["winner"])
