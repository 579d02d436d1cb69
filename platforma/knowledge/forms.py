from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import User
from platforma.core.forms import StyledFormMixin
from platforma.core.models import Visibility
from platforma.core.uploads import validate_image
from platforma.knowledge.files import validate_attachment
from platforma.knowledge.models import ARTICLE_VISIBILITY_CHOICES, Article, ArticleKind, ArticleVersion
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree


class GroupedCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes in one collapsible fieldset per top-level area; an area with a ticked box starts open."""

    template_name = "knowledge/widgets/grouped_checkboxes.html"

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {"name": group, "options": options, "selected_count": sum(1 for o in options if o["selected"])}
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context


class _ChoiceListMixin:
    """Options as Bootstrap .form-check rows; a long list scrolls inside its own box."""

    template_name: str = "knowledge/widgets/choice_list.html"
    list_class = ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class ChoiceList(_ChoiceListMixin, forms.CheckboxSelectMultiple):
    list_class = "choice-list choice-list-long"


class RadioList(_ChoiceListMixin, forms.RadioSelect):
    pass


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: User) -> str:  # type: ignore[override]
        return obj.display_name


class OrganisationChoiceField(forms.ModelMultipleChoiceField):
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


class ArticleFilterForm(StyledFormMixin, forms.Form):
    """The list's filters. Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w tytule i treści"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Rodzaj"), required=False)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("wszystkie rodzaje")), *ArticleKind.choices]
        self.fields["competence"].choices = _slug_choices()

    def applied_filters(self) -> dict[str, Any]:
        """The valid values only; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}


class ArticleForm(StyledFormMixin, forms.ModelForm):
    """Writing and editing an article. The view passes `service_kwargs()` to the services.

    `organisations`: what the writer may credit (their member organisations, or every member for the
    coordinator). `people`: who may be named as an author (colleagues from those organisations).
    `editor`: the person saving, who — unless a coordinator — must stay among the authors.
    """

    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        help_text=_("Dziedziny, których dotyczy artykuł — po nich czytelnicy znajdą go w bazie wiedzy."),
        error_messages={"invalid_choice": _("Wybrana kompetencja nie istnieje. Odśwież stronę i spróbuj ponownie.")},
    )
    organisations = OrganisationChoiceField(
        label=_("Organizacje autorskie"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=ChoiceList(attrs={"class": "form-check-input"}),
        error_messages={"invalid_choice": _("Nie możesz wskazać tej organizacji jako autora.")},
    )
    authors = PersonChoiceField(
        label=_("Autorzy i autorki"),
        queryset=User.objects.none(),
        required=False,
        widget=ChoiceList(attrs={"class": "form-check-input"}),
        error_messages={"invalid_choice": _("Tej osoby nie można wskazać jako autora.")},
    )
    note = forms.CharField(
        label=_("Opis zmian (nieobowiązkowy)"),
        required=False,
        max_length=300,
        help_text=_("Jednym zdaniem: co i dlaczego zmieniasz. Zobaczą to autorzy w historii wersji."),
    )

    class Meta:
        model = Article
        fields = ["title", "kind", "summary", "body", "competences", "visibility"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 18}),
            "visibility": RadioList(attrs={"class": "form-check-input"}),
        }
        labels = {"body": _("Treść")}
        help_texts = {
            "summary": _("Dwa, trzy zdania: o czym jest artykuł i dla kogo. Pokazujemy je na liście."),
            "body": _(
                "Można użyć Markdown: ## nagłówek, **pogrubienie**, - lista, [odnośnik](https://…). "
                "Obrazy i załączniki dodasz po zapisaniu szkicu."
            ),
            "visibility": _(
                "Każdy artykuł przed publikacją sprawdza koordynator klastra — także ten tylko dla członków."
            ),
        }

    def __init__(
        self,
        *args: Any,
        organisations: list[Organisation],
        people: list[User],
        editor: Any,
        organisations_required: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.editor = editor
        self.is_new = self.instance.pk is None
        tree = competence_tree()
        competences = self.fields["competences"]
        competences.widget = GroupedCheckboxes(attrs={"class": "form-check-input"})
        competences.choices = competence_choices(tree=tree)
        self.fields["visibility"].choices = ARTICLE_VISIBILITY_CHOICES
        self.fields["kind"].choices = ArticleKind.choices
        self.fields["organisations"].queryset = Organisation.objects.filter(
            pk__in=[o.pk for o in organisations]
        ).order_by("name")
        self.fields["organisations"].required = organisations_required and bool(organisations)
        if organisations_required:
            self.fields["organisations"].error_messages["required"] = _(
                "Wskaż organizację, w której imieniu piszesz artykuł."
            )
        if self.is_new and len(organisations) == 1 and not self.is_bound:
            self.initial.setdefault("organisations", [organisations[0].pk])
        people_ids = [p.pk for p in people]
        self.fields["authors"].queryset = User.objects.filter(pk__in=people_ids).order_by("last_name", "first_name")
        if self.is_new:
            # The writer is the first author by default; here they only add colleagues.
            self.fields["authors"].label = _("Współautorzy i współautorki (nieobowiązkowe)")
            self.fields["authors"].help_text = _(
                "Osoby z Twojej organizacji, które piszą z Tobą. Ty już jesteś autorem."
            )
            if not people:
                del self.fields["authors"]
            del self.fields["note"]
        else:
            self.fields["authors"].required = True
            self.fields["authors"].error_messages["required"] = _("Artykuł musi mieć co najmniej jednego autora.")
            self.fields["authors"].help_text = _(
                "Kolejność nazwisk w cytowaniu: najpierw obecni autorzy, potem dodani."
            )
            if not self.is_bound:
                self.initial["authors"] = [link.user_id for link in self.instance.author_links.all()]
            self.initial.setdefault("organisations", [o.pk for o in self.instance.organisations.all()])

    def clean_authors(self) -> list[User]:
        chosen = list(self.cleaned_data.get("authors") or [])
        if self.is_new:
            return chosen
        if not getattr(self.editor, "is_coordinator", False) and self.editor.pk not in {p.pk for p in chosen}:
            raise forms.ValidationError(
                _("Nie możesz usunąć siebie z autorów — straciłbyś/straciłabyś dostęp do szkicu.")
            )
        current = [link.user_id for link in self.instance.author_links.all()]
        rank = {pk: index for index, pk in enumerate(current)}
        return sorted(chosen, key=lambda person: (rank.get(person.pk, len(rank)), person.last_name, person.pk))

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        kwargs: dict[str, Any] = {
            "title": data["title"],
            "kind": data["kind"],
            "summary": data["summary"],
            "body": data["body"],
            "competences": list(data.get("competences") or []),
            "organisations": list(data.get("organisations") or []),
            "visibility": data.get("visibility") or Visibility.PUBLIC,
        }
        if self.is_new:
            kwargs["co_authors"] = [p for p in data.get("authors") or [] if p.pk != self.editor.pk]
        else:
            kwargs["authors"] = data["authors"]
            kwargs["note"] = data.get("note") or ""
        return kwargs


class ReviewForm(StyledFormMixin, forms.Form):
    APPROVE = "approve"
    RETURN = "return"

    decision = forms.ChoiceField(
        choices=[(APPROVE, _("opublikuj")), (RETURN, _("zwróć do poprawy"))], widget=forms.HiddenInput
    )
    note = forms.CharField(
        label=_("Uwagi dla autorów"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wymagane, gdy zwracasz artykuł do poprawy. Autorzy dostaną je e-mailem."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "review_%s")
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == self.RETURN and not (data.get("note") or "").strip():
            self.add_error("note", _("Napisz autorom, co trzeba poprawić."))
        return data


class ImageForm(StyledFormMixin, forms.Form):
    image = forms.FileField(
        label=_("Obraz"),
        help_text=_("PNG, JPEG, WebP albo GIF, najwyżej 2 MB i 4000 × 4000 pikseli."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
    )
    alt_text = forms.CharField(
        label=_("Tekst alternatywny"),
        max_length=250,
        help_text=_("Co widać na obrazie — przeczyta to osoba niewidoma. Np. „Hałda w Bytomiu po rekultywacji”."),
    )
    caption = forms.CharField(label=_("Podpis (nieobowiązkowy)"), max_length=300, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "image_%s")
        super().__init__(*args, **kwargs)

    def clean_image(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["image"]
        validate_image(upload)
        return upload


class AttachmentForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Plik"),
        help_text=_("PDF albo arkusz XLSX, ODS lub CSV (UTF-8), najwyżej 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.xlsx,.ods,.csv"}),
    )
    title = forms.CharField(
        label=_("Nazwa załącznika (nieobowiązkowa)"),
        max_length=200,
        required=False,
        help_text=_("Np. „Wyniki analiz gleby 2025”. Bez nazwy pokażemy nazwę pliku."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "attachment_%s")
        super().__init__(*args, **kwargs)

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        validate_attachment(upload)
        return upload


class CompareForm(forms.Form):
    """Which two versions to compare; anything malformed falls back to the two latest."""

    a = forms.IntegerField(required=False, min_value=1)
    b = forms.IntegerField(required=False, min_value=1)

    def pair(self, versions: list[ArticleVersion]) -> tuple[ArticleVersion, ArticleVersion] | None:
        by_number = {version.number: version for version in versions}
        if len(by_number) < 2:
            return None
        newest = sorted(by_number)
        default = (by_number[newest[-2]], by_number[newest[-1]])
        if not self.is_valid():
            return default
        old = by_number.get(self.cleaned_data.get("a") or 0)
        new = by_number.get(self.cleaned_data.get("b") or 0)
        if old is None or new is None or old.number == new.number:
            return default
        return (old, new) if old.number < new.number else (new, old)
