from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from platforma.core.forms import StyledFormMixin
from platforma.core.uploads import validate_image
from platforma.organisations.models import ClusterStatus, Organisation, OrganisationRole, OrganisationType
from platforma.organisations.selectors import competence_tree
from platforma.organisations.services import EDITABLE_FIELDS, REMOVE, STATUS_TRANSITIONS
from platforma.organisations.validators import compact_digits, validate_krs, validate_nip, validate_regon
from platforma.taxonomy.models import Competence

phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{6,40}$", _("Podaj numer telefonu, np. +48 32 123 45 67."), code="phone"
)


def grouped_competence_choices(*, value: str = "pk") -> list[tuple[str, list[tuple[Any, str]]]]:
    """Competences grouped under their top-level area, deeper levels marked with a dash (one query)."""
    groups: list[tuple[str, list[tuple[Any, str]]]] = []
    for competence, depth in competence_tree():
        key = getattr(competence, value)
        if depth == 0:
            groups.append((competence.name, [(key, _("%(name)s — ogólnie") % {"name": competence.name})]))
        elif groups:
            groups[-1][1].append((key, "— " * (depth - 1) + competence.name))
    return groups


class GroupedCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes in one fieldset per top-level area, so a screen reader announces the area with each option."""

    template_name = "organisations/widgets/grouped_checkboxes.html"


class OrganisationForm(StyledFormMixin, forms.ModelForm):
    """The organisation's own data; the same for an application and for later edits."""

    nip = forms.CharField(
        label=_("NIP"), required=False, max_length=20, help_text=_("10 cyfr, kreski i spacje są dozwolone.")
    )
    regon = forms.CharField(label=_("REGON"), required=False, max_length=20, help_text=_("9 albo 14 cyfr."))
    krs = forms.CharField(
        label=_("KRS"), required=False, max_length=20, help_text=_("10 cyfr, jeśli organizacja jest w KRS.")
    )
    latitude = forms.DecimalField(
        label=_("Szerokość geograficzna"),
        required=False,
        localize=True,
        max_digits=8,
        decimal_places=5,
        min_value=-90,
        max_value=90,
        help_text=_("Opcjonalnie, np. 50,36574 — pozwoli pokazać organizację na mapie."),
    )
    longitude = forms.DecimalField(
        label=_("Długość geograficzna"),
        required=False,
        localize=True,
        max_digits=8,
        decimal_places=5,
        min_value=-180,
        max_value=180,
        help_text=_("Opcjonalnie, np. 18,96238."),
    )
    phone = forms.CharField(label=_("Telefon"), required=False, max_length=40, validators=[phone_validator])
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        validators=[validate_image],
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
        help_text=_("PNG, JPEG, WebP lub GIF, najwyżej 2 MB."),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        widget=GroupedCheckboxSelectMultiple,
        help_text=_("Zaznacz dziedziny, w których organizacja ma doświadczenie."),
    )

    fieldsets = [
        (_("Podstawowe dane"), ["name", "type", "nip", "regon", "krs"]),
        (_("Adres i kontakt"), ["street", "postal_code", "city", "latitude", "longitude", "website", "email", "phone"]),
        (_("Profil"), ["description", "logo", "competences", "offers", "needs"]),
    ]

    class Meta:
        model = Organisation
        fields = [
            "name",
            "type",
            "nip",
            "regon",
            "krs",
            "street",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "website",
            "email",
            "phone",
            "description",
            "logo",
            "competences",
            "offers",
            "needs",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "offers": forms.Textarea(attrs={"rows": 4}),
            "needs": forms.Textarea(attrs={"rows": 4}),
            "postal_code": forms.TextInput(attrs={"placeholder": "41-940", "inputmode": "numeric"}),
        }
        help_texts = {
            "description": _("Możesz używać Markdown: **pogrubienie**, listy, odnośniki."),
            "offers": _("Usługi, technologie, sprzęt lub wiedza, którymi dzielicie się w klastrze."),
            "needs": _("Z jakimi problemami lub potrzebami szukacie partnerów."),
            "postal_code": _("W postaci NN-NNN."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["type"]).choices = [("", _("— wybierz —")), *OrganisationType.choices]
        self.fields["competences"].widget.choices = grouped_competence_choices()
        self.fields["website"].widget.attrs.setdefault("placeholder", "https://")
        self.fields["email"].widget.attrs.setdefault("autocomplete", "email")
        self.fields["phone"].widget.attrs.setdefault("autocomplete", "tel")

    def grouped(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [(legend, [self[name] for name in names if name in self.fields]) for legend, names in self.fieldsets]

    def _clean_number(self, name: str, validator: Any) -> str:
        value = compact_digits(self.cleaned_data.get(name) or "")
        validator(value)
        return value

    def clean_nip(self) -> str:
        return self._clean_number("nip", validate_nip)

    def clean_regon(self) -> str:
        return self._clean_number("regon", validate_regon)

    def clean_krs(self) -> str:
        return self._clean_number("krs", validate_krs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        one_missing = (latitude is None) != (longitude is None)
        if one_missing and not self.has_error("latitude") and not self.has_error("longitude"):
            raise ValidationError(_("Podaj obie współrzędne albo żadnej."))
        return cleaned

    def service_data(self) -> dict[str, Any]:
        """cleaned_data in the shape services take: the organisation's fields, with logo and competences
        as their own arguments (`logo` is None to keep it, False to remove it, or the new upload)."""
        data = {key: value for key, value in self.cleaned_data.items() if key in EDITABLE_FIELDS}
        logo = self.cleaned_data.get("logo")
        data["logo"] = logo if isinstance(logo, UploadedFile) else (REMOVE if logo is False else None)
        data["competences"] = list(self.cleaned_data.get("competences") or [])
        return data


class ApplicationForm(OrganisationForm):
    application_note = forms.CharField(
        label=_("Dlaczego chcecie dołączyć do klastra?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Kilka zdań dla koordynatora: czym się zajmujecie i czego oczekujecie od współpracy."),
    )
    authorised = forms.BooleanField(
        label=_("Oświadczam, że mogę reprezentować tę organizację i złożyć wniosek w jej imieniu."),
        error_messages={"required": _("Bez tego oświadczenia nie możemy przyjąć wniosku.")},
    )

    fieldsets = [*OrganisationForm.fieldsets, (_("Wniosek"), ["application_note", "authorised"])]


class InvitationForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(label=_("Adres e-mail zapraszanej osoby"), max_length=254)
    role = forms.ChoiceField(label=_("Rola"), choices=OrganisationRole.choices, initial=OrganisationRole.MEMBER)


class RoleForm(StyledFormMixin, forms.Form):
    role = forms.ChoiceField(label=_("Rola"), choices=OrganisationRole.choices)


class ApproveForm(StyledFormMixin, forms.Form):
    note = forms.CharField(
        label=_("Uwagi do decyzji (opcjonalnie)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RejectForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Powód odrzucenia"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wnioskodawca otrzyma go w wiadomości e-mail."),
        error_messages={"required": _("Podaj powód odrzucenia — wnioskodawca otrzyma go w wiadomości.")},
    )


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Nowy status"))
    note = forms.CharField(
        label=_("Uzasadnienie (opcjonalnie)"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = STATUS_TRANSITIONS.get(organisation.cluster_status, frozenset())
        cast(forms.ChoiceField, self.fields["status"]).choices = [
            (value, label) for value, label in ClusterStatus.choices if value in allowed
        ]


class DirectoryFilterForm(StyledFormMixin, forms.Form):
    """The directory's filters. Only for showing them: the selector itself ignores malformed values."""

    q = forms.CharField(label=_("Nazwa zawiera"), required=False, max_length=100, widget=forms.SearchInput)
    type = forms.ChoiceField(label=_("Rodzaj podmiotu"), required=False)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    city = forms.ChoiceField(label=_("Miejscowość"), required=False)

    def __init__(self, *args: Any, cities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        everything = ("", _("wszystkie"))
        choice_fields = {name: cast(forms.ChoiceField, self.fields[name]) for name in ("type", "competence", "city")}
        choice_fields["type"].choices = [everything, *OrganisationType.choices]
        choice_fields["competence"].choices = [everything, *grouped_competence_choices(value="slug")]
        choice_fields["city"].choices = [everything, *((city, city) for city in cities)]

    @property
    def is_filtered(self) -> bool:
        return any(self.data.get(name) for name in self.fields)
