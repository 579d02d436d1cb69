from typing import Any, cast

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import Profile, User
from platforma.accounts.services import profile_get_or_create
from platforma.core.forms import StyledFormMixin
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices, competence_tree


class SignupForm(StyledFormMixin, AllauthSignupForm):
    """allauth's sign-up (e-mail, password twice) with the first and last name the platform shows."""

    first_name = forms.CharField(
        label=_("Imię"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Nazwisko"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )

    field_order = ["first_name", "last_name", "email", "password1", "password2"]

    def save(self, request: HttpRequest) -> User:
        # allauth's adapter copies first_name and last_name from cleaned_data onto the user.
        user: User = super().save(request)
        profile_get_or_create(user=user)
        return user


class BootstrapRadioSelect(forms.RadioSelect):
    """Radio buttons in Bootstrap's form-check markup, each with its own label."""

    template_name = "accounts/widgets/radio_list.html"


class GroupedCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes in one collapsible fieldset per top-level area; deeper nodes indented."""

    template_name = "accounts/widgets/grouped_checkboxes.html"

    def __init__(self, *args: Any, depths: dict[int, int] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.depths = depths or {}

    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        try:
            option["depth"] = self.depths.get(int(str(option["value"])), 0)
        except ValueError:
            option["depth"] = 0
        return option

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


def _depths(tree: list[Competence]) -> dict[int, int]:
    depths: dict[int, int] = {}
    for area in tree:
        depths[area.pk] = 0
        for child in area.children.all():
            depths[child.pk] = 1
            for grandchild in child.children.all():
                depths[grandchild.pk] = 2
    return depths


class ProfileForm(StyledFormMixin, forms.ModelForm):
    first_name = forms.CharField(
        label=_("Imię"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Nazwisko"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"),
        queryset=Competence.objects.all(),
        required=False,
        help_text=_("Zaznacz dziedziny, w których możesz pomóc. Rozwiń obszar, aby zobaczyć szczegółowe technologie."),
        error_messages={"invalid_choice": _("Wybrana kompetencja nie istnieje. Odśwież stronę i spróbuj ponownie.")},
    )

    class Meta:
        model = Profile
        fields = ["first_name", "last_name", "job_title", "city", "bio", "competences", "availability", "visibility"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6}),
            "availability": BootstrapRadioSelect,
            "visibility": BootstrapRadioSelect,
        }
        help_texts = {
            "job_title": _("Np. „hydrogeolog”, „specjalistka ds. rekultywacji”."),
            "bio": _("Krótko: czym się zajmujesz, jakie problemy rozwiązałeś/rozwiązałaś, z kim chcesz współpracować."),
            "visibility": _(
                "Członkowie klastra to osoby działające w imieniu organizacji członkowskich oraz koordynatorzy."
            ),
        }

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).update({"first_name": user.first_name, "last_name": user.last_name})
        super().__init__(*args, **kwargs)
        tree = competence_tree()
        field = cast(forms.ModelMultipleChoiceField, self.fields["competences"])
        field.widget = GroupedCheckboxSelectMultiple(depths=_depths(tree), attrs={"class": "form-check-input"})
        field.choices = competence_choices(tree=tree)


class AccountDeleteForm(StyledFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Twoje obecne hasło"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Hasło jest nieprawidłowe. Konto nie zostało usunięte."))
        return password
