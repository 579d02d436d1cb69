from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.core.forms import StyledFormMixin
from platforma.core.uploads import validate_image
from platforma.organisations.models import Organisation
from platforma.resources.models import BookingStatus, Resource, ResourceKind
from platforma.resources.selectors import ALL_STATUSES
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree

IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif"


class GroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes in one fieldset per top-level area, so a screen reader announces the area with each option."""

    template_name = "resources/widgets/grouped_checkboxes.html"


class ChoiceList(forms.RadioSelect):
    """Radios as Bootstrap .form-check rows (the stock template gives the wrapper the inputs' class)."""

    template_name = "resources/widgets/choice_list.html"


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


def _competence_filter_choices() -> list[tuple[str, Any]]:
    groups: list[tuple[str, Any]] = [("", _("wszystkie kompetencje"))]
    for area in competence_tree():
        options = [(area.slug, _("%(name)s — ogólnie") % {"name": area.name})]
        for child in area.children.all():
            options.append((child.slug, child.name))
            options.extend((grandchild.slug, f"– {grandchild.name}") for grandchild in child.children.all())
        groups.append((area.name, options))
    return groups


class ResourceFilterForm(StyledFormMixin, forms.Form):
    """The catalogue's filters. Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w nazwie i opisie"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Rodzaj"), required=False)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)
    city = forms.ChoiceField(label=_("Miejscowość"), required=False)
    free = forms.BooleanField(label=_("Tylko bezpłatne"), required=False)

    def __init__(self, *args: Any, cities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("wszystkie rodzaje")), *ResourceKind.choices]
        self.fields["competence"].choices = _competence_filter_choices()
        self.fields["city"].choices = [("", _("wszystkie miejscowości"))] + [(city, city) for city in cities]

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class ResourceForm(StyledFormMixin, forms.ModelForm):
    """Listing and editing a resource. The view passes the validated values to the services."""

    owner = OrganisationChoiceField(
        label=_("Organizacja udostępniająca"), queryset=Organisation.objects.none(), empty_label=None
    )
    latitude = forms.DecimalField(
        label=_("Szerokość geograficzna"),
        required=False,
        localize=True,
        max_digits=8,
        decimal_places=5,
        min_value=Decimal(-90),
        max_value=Decimal(90),
        help_text=_("Nieobowiązkowe, np. 50,38420. Podaj razem z długością geograficzną."),
    )
    longitude = forms.DecimalField(
        label=_("Długość geograficzna"),
        required=False,
        localize=True,
        max_digits=8,
        decimal_places=5,
        min_value=Decimal(-180),
        max_value=Decimal(180),
        help_text=_("Nieobowiązkowe, np. 18,93850."),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        widget=GroupedCheckboxes,
        help_text=_("W jakich dziedzinach ten zasób się przydaje."),
    )
    photo = forms.FileField(
        label=_("Zdjęcie (nieobowiązkowe)"),
        required=False,
        validators=[validate_image],
        widget=forms.ClearableFileInput(attrs={"accept": IMAGE_ACCEPT}),
        help_text=_("PNG, JPEG, WebP lub GIF. Kolejne zdjęcia dodasz na stronie edycji."),
    )
    photo_alt_text = forms.CharField(
        label=_("Opis zdjęcia"),
        required=False,
        max_length=200,
        help_text=_("Co widać na zdjęciu — dla osób korzystających z czytników ekranu."),
    )
    field_order = ["owner"]

    class Meta:
        model = Resource
        fields = [
            "kind",
            "name",
            "description",
            "competences",
            "city",
            "street",
            "latitude",
            "longitude",
            "conditions",
            "is_free",
            "price",
            "is_active",
        ]
        widgets = {
            "kind": ChoiceList,
            "description": forms.Textarea(attrs={"rows": 8}),
            "conditions": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"description": _("Opis")}
        help_texts = {
            "description": _("Co to jest, do czego służy, parametry, kto obsługuje. Można użyć Markdown."),
            "conditions": _(
                "Na przykład: tylko z naszym operatorem, minimalny czas wynajmu, transport, szkolenie BHP."
            ),
        }

    def __init__(self, *args: Any, organisations: list[Organisation] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations and len(organisations) > 1:
            self.fields["owner"].queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        else:
            # One organisation (or editing): nothing to choose, the view knows which one.
            del self.fields["owner"]
        if self.instance.pk:
            # Photos of an existing resource are managed in their own section of the edit page.
            del self.fields["photo"]
            del self.fields["photo_alt_text"]
        else:
            del self.fields["is_active"]
        self.fields["kind"].choices = ResourceKind.choices
        self.fields["competences"].choices = competence_choices()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_latitude = data.get("latitude") is not None
        has_longitude = data.get("longitude") is not None
        if has_latitude != has_longitude and "latitude" not in self.errors and "longitude" not in self.errors:
            self.add_error("longitude" if has_latitude else "latitude", _("Podaj obie współrzędne albo żadnej."))
        if data.get("is_free") and (data.get("price") or "").strip():
            self.add_error("price", _("Zasób bezpłatny nie ma ceny — usuń cenę albo odznacz „bezpłatnie”."))
        if data.get("photo") and not (data.get("photo_alt_text") or "").strip():
            self.add_error("photo_alt_text", _("Opisz, co widać na zdjęciu — dla osób, które go nie zobaczą."))
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        kwargs = {
            "kind": data["kind"],
            "name": data["name"],
            "description": data["description"],
            "city": data["city"],
            "street": data.get("street") or "",
            "latitude": data.get("latitude"),
            "longitude": data.get("longitude"),
            "conditions": data.get("conditions") or "",
            "is_free": bool(data.get("is_free")),
            "price": data.get("price") or "",
            "competences": list(data.get("competences") or []),
        }
        if "is_active" in self.fields:
            kwargs["is_active"] = bool(data.get("is_active"))
        return kwargs


class PhotoForm(StyledFormMixin, forms.Form):
    image = forms.FileField(
        label=_("Zdjęcie"),
        validators=[validate_image],
        widget=forms.ClearableFileInput(attrs={"accept": IMAGE_ACCEPT}),
        help_text=_("PNG, JPEG, WebP lub GIF."),
    )
    alt_text = forms.CharField(
        label=_("Opis zdjęcia"),
        max_length=200,
        help_text=_("Co widać na zdjęciu — dla osób korzystających z czytników ekranu."),
        error_messages={"required": _("Opisz, co widać na zdjęciu — dla osób, które go nie zobaczą.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "photo_%s")
        super().__init__(*args, **kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        # The browser's date picker sends and expects ISO dates, whatever the page's language.
        super().__init__(format="%Y-%m-%d", **kwargs)


INDIVIDUAL = ""


class BookingRequestForm(StyledFormMixin, forms.Form):
    acting_as = forms.ChoiceField(label=_("Rezerwuję jako"), required=False)
    starts_on = forms.DateField(
        label=_("Od dnia"),
        widget=DateInput(),
        help_text=_("Na przykład 2026-05-04 albo 4.05.2026."),
        error_messages={"invalid": _("Podaj datę, np. 2026-05-04 albo 4.05.2026.")},
    )
    ends_on = forms.DateField(
        label=_("Do dnia (włącznie)"),
        widget=DateInput(),
        help_text=_("Ostatni dzień rezerwacji; przy jednym dniu — ten sam co pierwszy."),
        error_messages={"invalid": _("Podaj datę, np. 2026-05-06 albo 6.05.2026.")},
    )
    purpose = forms.CharField(
        label=_("Cel rezerwacji"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do czego potrzebujecie zasobu, w jakim projekcie, ile osób przyjedzie."),
    )

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisations = {str(o.pk): o for o in organisations}
        self.fields["acting_as"].choices = [
            *((str(o.pk), o.name) for o in organisations),
            (INDIVIDUAL, _("we własnym imieniu")),
        ]
        if organisations:
            self.fields["acting_as"].initial = str(organisations[0].pk)
        else:
            self.fields["acting_as"].widget = forms.HiddenInput()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("Dzień zakończenia nie może być wcześniejszy niż dzień rozpoczęcia."))
        return data

    def chosen_organisation(self) -> Organisation | None:
        return self.organisations.get(self.cleaned_data.get("acting_as") or INDIVIDUAL)


class DecisionForm(StyledFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label=_("Decyzja"),
        choices=[(BookingStatus.APPROVED, _("zatwierdzam")), (BookingStatus.DECLINED, _("odrzucam"))],
        widget=forms.HiddenInput,
    )
    note = forms.CharField(
        label=_("Uwagi dla osoby, która prosi"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Przy odrzuceniu — wymagane. Przy zatwierdzeniu np. gdzie odebrać klucze."),
    )

    def __init__(self, *args: Any, prefix_id: str = "decision", **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{prefix_id}_%s")
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == BookingStatus.DECLINED and not (data.get("note") or "").strip():
            self.add_error("note", _("Napisz, dlaczego odrzucasz prośbę — zobaczy to osoba, która prosiła."))
        return data


class BookingStatusFilterForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args: Any, default_label: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", default_label), *BookingStatus.choices, (ALL_STATUSES, _("wszystkie"))]
