from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from platforma.community.news.models import NEWS_VISIBILITY_CHOICES, News
from platforma.core.forms import StyledFormMixin
from platforma.core.models import Visibility
from platforma.core.uploads import validate_image
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree


class GroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes in one collapsible fieldset per top-level area; an area with a ticked box starts open."""

    template_name = "news/widgets/grouped_checkboxes.html"

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {"name": group, "options": options, "selected_count": sum(1 for o in options if o["selected"])}
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context


class RadioList(forms.RadioSelect):
    """Options as Bootstrap .form-check rows (the stock template puts the inputs' class on the wrapper)."""

    template_name = "news/widgets/radio_list.html"


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:  # type: ignore[override]
        return obj.name


def _slug_choices() -> list[tuple[str, Any]]:
    """Competences for the list's filter, by slug, grouped by area (three queries)."""
    groups: list[tuple[str, Any]] = [("", _("wszystkie kompetencje"))]
    for area in competence_tree():
        options = [(area.slug, _("%(name)s — ogólnie") % {"name": area.name})]
        for child in area.children.all():
            options.append((child.slug, child.name))
            options.extend((grandchild.slug, f"– {grandchild.name}") for grandchild in child.children.all())
        groups.append((area.name, options))
    return groups


class NewsFilterForm(StyledFormMixin, forms.Form):
    """The list's filter. Optional; a value that does not validate is simply not applied."""

    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competence"].choices = _slug_choices()

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class NewsForm(StyledFormMixin, forms.ModelForm):
    """Writing and editing a news item. The view passes `service_kwargs()` to the services.

    `organisations`: on whose behalf the writer may publish (their member organisations; every member
    organisation for the coordinator, who may also leave it empty to speak for the whole cluster).
    """

    image = forms.FileField(
        label=_("Zdjęcie (nieobowiązkowe)"),
        required=False,
        help_text=_("PNG, JPEG, WebP albo GIF, najwyżej 2 MB i 4000 × 4000 pikseli."),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
    )
    image_alt = forms.CharField(
        label=_("Opis zdjęcia"),
        required=False,
        max_length=250,
        help_text=_("Wymagany, gdy dodajesz zdjęcie: co na nim widać, np. „Hałda w Bytomiu po rekultywacji”."),
    )
    remove_image = forms.BooleanField(label=_("Usuń obecne zdjęcie"), required=False)
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        help_text=_("Dziedziny, których dotyczy wiadomość — dostaną ją osoby, które je obserwują."),
        error_messages={"invalid_choice": _("Wybrana kompetencja nie istnieje. Odśwież stronę i spróbuj ponownie.")},
    )
    organisation = OrganisationChoiceField(
        label=_("W imieniu organizacji"),
        queryset=Organisation.objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Nie możesz pisać w imieniu tej organizacji.")},
    )

    class Meta:
        model = News
        # The image is not a model field of this form: the services store it, renamed after its real format.
        fields = ["title", "lead", "body", "competences", "organisation", "visibility"]
        widgets = {
            "lead": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "visibility": RadioList(attrs={"class": "form-check-input"}),
        }
        labels = {"body": _("Treść")}
        help_texts = {
            "lead": _("Jedno, dwa zdania: co się wydarzyło. Pokazujemy je na liście i w kanale RSS."),
            "body": _("Można użyć Markdown: ## nagłówek, **pogrubienie**, - lista, [odnośnik](https://…)."),
        }

    field_order = ["title", "lead", "body", "image", "image_alt", "remove_image", "competences", "organisation"]

    def __init__(
        self, *args: Any, organisations: list[Organisation], organisation_required: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        competences = self.fields["competences"]
        competences.widget = GroupedCheckboxes(attrs={"class": "form-check-input"})
        competences.choices = competence_choices(tree=competence_tree())
        self.fields["visibility"].choices = NEWS_VISIBILITY_CHOICES
        organisation = self.fields["organisation"]
        organisation.queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations]).order_by("name")
        organisation.required = organisation_required
        if organisation_required:
            organisation.empty_label = None
            organisation.error_messages["required"] = _("Wskaż organizację, w której imieniu piszesz.")
        else:
            organisation.empty_label = _("— cały klaster (bez organizacji) —")
        if not organisations:
            del self.fields["organisation"]
        if self.instance.pk and self.instance.image:
            self.initial.setdefault("image_alt", self.instance.image_alt)
        else:
            del self.fields["remove_image"]

    def clean_image(self) -> UploadedFile | None:
        upload: UploadedFile | None = self.cleaned_data.get("image")
        if not upload:
            return None
        validate_image(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        keeps_old = bool(self.instance.pk and self.instance.image) and not data.get("remove_image")
        has_image = bool(data.get("image")) or "image" in self.errors or keeps_old
        if has_image and not (data.get("image_alt") or "").strip() and "image_alt" not in self.errors:
            self.add_error("image_alt", _("Opisz, co widać na zdjęciu — ten opis przeczyta osoba niewidoma."))
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        kwargs: dict[str, Any] = {
            "title": data["title"],
            "lead": data["lead"],
            "body": data["body"],
            "competences": list(data.get("competences") or []),
            "organisation": data.get("organisation"),
            "visibility": data.get("visibility") or Visibility.PUBLIC,
            "image": data.get("image"),
            "image_alt": data.get("image_alt") or "",
        }
        if self.instance.pk:
            kwargs["remove_image"] = bool(data.get("remove_image"))
        return kwargs


class ReturnForm(StyledFormMixin, forms.Form):
    note = forms.CharField(
        label=_("Co trzeba poprawić"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Autor zobaczy tę uwagę przy aktualności i dostanie powiadomienie."),
        error_messages={"required": _("Napisz autorowi, co trzeba poprawić.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "return_%s")
        super().__init__(*args, **kwargs)
