"""Forms of working groups."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.core.forms import StyledFormMixin
from platforma.initiatives.forms import RadioList
from platforma.initiatives.models import GROUP_VISIBILITY_CHOICES, WorkingGroup
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices

PERSON = "osoba"


class GroupFilterForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Szukaj"), required=False, max_length=200)
    competence = forms.ChoiceField(label=_("Obszar kompetencji"), required=False)
    scope = forms.ChoiceField(label=_("Które"), required=False)

    def __init__(self, *args: Any, logged_in: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        slugs = dict(Competence.objects.values_list("pk", "slug"))
        groups = [(name, [(slugs[pk], label) for pk, label in options]) for name, options in competence_choices()]
        self.fields["competence"].choices = [("", _("wszystkie obszary")), *groups]
        self.fields["scope"].choices = [("", _("wszystkie widoczne dla mnie")), ("moje", _("tylko moje grupy"))]
        if not logged_in:
            del self.fields["scope"]

    def applied_filters(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items() if value}


class GroupForm(StyledFormMixin, forms.ModelForm):
    competence = forms.ModelChoiceField(
        label=_("Obszar kompetencji"),
        queryset=Competence.objects.all(),
        required=False,
        empty_label=_("— bez obszaru —"),
    )

    class Meta:
        model = WorkingGroup
        fields = ["name", "description", "competence", "problem_kind", "visibility"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6}), "visibility": RadioList}
        help_texts = {
            "description": _("Czym zajmuje się grupa, kogo zaprasza, jak pracuje. Można użyć Markdown."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competence"].choices = [("", _("— bez obszaru —")), *competence_choices()]
        self.fields["visibility"].choices = GROUP_VISIBILITY_CHOICES

    def service_kwargs(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "description": data["description"],
            "competence": data.get("competence"),
            "problem_kind": data.get("problem_kind", ""),
            "visibility": data["visibility"],
        }


class GroupFromChallengeForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("Nazwa grupy"), max_length=200)
    description = forms.CharField(label=_("Opis"), max_length=10000, widget=forms.Textarea(attrs={"rows": 5}))
    visibility = forms.ChoiceField(
        label=_("Widoczność"), choices=GROUP_VISIBILITY_CHOICES, widget=RadioList, initial="members"
    )


class JoinForm(forms.Form):
    """Join as a person ("osoba") or add an organisation (its id)."""

    join_as = forms.CharField(max_length=20)


class PostForm(StyledFormMixin, forms.Form):
    body = forms.CharField(label=_("Twój wpis"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "post_%s")
        super().__init__(*args, **kwargs)


class FollowForm(StyledFormMixin, forms.Form):
    challenge = forms.ChoiceField(label=_("Wyzwanie"), required=False)
    initiative = forms.ChoiceField(label=_("Przedsięwzięcie"), required=False)

    def __init__(self, *args: Any, challenges: Any, initiatives: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "follow_%s")
        super().__init__(*args, **kwargs)
        self.fields["challenge"].choices = [("", _("— wybierz wyzwanie —"))] + [
            (str(c.pk), c.title) for c in challenges
        ]
        self.fields["initiative"].choices = [("", _("— wybierz przedsięwzięcie —"))] + [
            (str(i.pk), i.name) for i in initiatives
        ]
