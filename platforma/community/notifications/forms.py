from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery, NotificationKind
from platforma.community.notifications.selectors import FollowChoice

KIND_PREFIX = "kind-"
FOLLOW_PREFIX = "follow-"


class GroupForm(forms.Form):
    """Which row of the centre to mark read; the values come from the page, so bad ones are a 404."""

    verb = forms.CharField(max_length=64)
    target_type = forms.IntegerField(min_value=1)
    target_id = forms.IntegerField(min_value=1)


class PreferencesForm(forms.Form):
    """One choice per kind of notification, one per followed topic, and the digest switch.

    Built from the registered kinds, so a new kind appears here without touching this form.
    """

    digests_enabled = forms.BooleanField(
        label=_("Wysyłaj mi podsumowania e-mailem (dzienne i tygodniowe)"),
        required=False,
        help_text=_("Wyłączone: nic z podsumowań nie przyjdzie e-mailem, ale zobaczysz to w centrum powiadomień."),
    )

    def __init__(
        self,
        *args: Any,
        kinds: list[NotificationKind],
        follows: list[FollowChoice],
        initial_deliveries: dict[str, str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        self.follows = follows
        for kind in kinds:
            self.fields[KIND_PREFIX + kind.verb] = forms.ChoiceField(
                label=str(kind.label), choices=Delivery.choices, initial=initial_deliveries.get(kind.verb)
            )
        follow_choices = [("", _("tak jak dla rodzaju powiadomienia")), *Delivery.choices]
        for choice in follows:
            self.fields[FOLLOW_PREFIX + str(choice.follow.pk)] = forms.ChoiceField(
                label=f"{choice.type_label}: {choice.title}",
                choices=follow_choices,
                required=False,
                initial=choice.follow.delivery,
            )
        # The fields are made here, after StyledFormMixin styled the declared ones: style these too.
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select):
                field.widget.attrs["class"] = "form-select w-auto"
            elif isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs["class"] = "form-check-input"

    def kind_groups(self) -> list[tuple[str, list[forms.BoundField]]]:
        """The kinds' fields in fieldsets, one per group, in the order of all_kinds()."""
        groups: dict[str, list[forms.BoundField]] = {}
        for kind in self.kinds:
            groups.setdefault(str(kind.group), []).append(self[KIND_PREFIX + kind.verb])
        return list(groups.items())

    def follow_fields(self) -> list[forms.BoundField]:
        return [self[FOLLOW_PREFIX + str(choice.follow.pk)] for choice in self.follows]

    def kind_deliveries(self) -> dict[str, str]:
        return {kind.verb: self.cleaned_data[KIND_PREFIX + kind.verb] for kind in self.kinds}

    def follow_deliveries(self) -> dict[int, str]:
        return {choice.follow.pk: self.cleaned_data[FOLLOW_PREFIX + str(choice.follow.pk)] for choice in self.follows}
