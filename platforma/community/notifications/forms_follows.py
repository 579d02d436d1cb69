from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery
from platforma.core.forms import StyledFormMixin
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices

AS_KIND = ""


def delivery_choices() -> list[tuple[str, Any]]:
    return [(AS_KIND, _("jak w ustawieniach powiadomień")), *Delivery.choices]


class FollowToggleForm(forms.Form):
    """The follow button: says what the person wants, so a double click does not undo itself."""

    action = forms.ChoiceField(choices=[("follow", "follow"), ("unfollow", "unfollow")])
    next = forms.CharField(required=False, max_length=2000)


class FollowDeliveryForm(StyledFormMixin, forms.Form):
    delivery = forms.ChoiceField(label=_("Jak powiadamiać"), required=False, choices=delivery_choices)


class CompetenceFollowForm(StyledFormMixin, forms.Form):
    competence = forms.ModelChoiceField(
        label=_("Kompetencja"),
        queryset=Competence.objects.all(),
        empty_label=_("— wybierz kompetencję —"),
        error_messages={
            "required": _("Wybierz kompetencję, którą chcesz obserwować."),
            "invalid_choice": _("Nie ma takiej kompetencji — wybierz ją z listy."),
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["competence"]
        assert isinstance(field, forms.ModelChoiceField)
        # The queryset validates; grouped choices only render (areas as optgroups).
        field.choices = [("", field.empty_label), *competence_choices()]
