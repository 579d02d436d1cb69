import datetime
import re
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.community.b2b.models import B2BProfile, B2BSession, Outcome
from platforma.community.events.models import Event
from platforma.core.forms import StyledFormMixin
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_choices

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
# "10:00-12:00", "10:00 – 12:00" or, for a second day, "2026-05-15 10:00–12:00".
WINDOW_LINE = re.compile(r"^(?:(\d{4}-\d{2}-\d{2})\s+)?(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$")


class _ChoiceListMixin:
    """Options as Bootstrap .form-check rows; the wrapper does not take the inputs' class."""

    template_name = "b2b/widgets/choice_list.html"
    list_class = ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)  # type: ignore[misc]
        context["widget"]["list_class"] = self.list_class
        return context


class CheckboxList(_ChoiceListMixin, forms.CheckboxSelectMultiple):
    list_class = "choice-list choice-list-long border rounded p-2"


class RadioList(_ChoiceListMixin, forms.RadioSelect):
    pass


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format=DATETIME_FORMAT, **kwargs)


def parse_windows(text: str, *, day: datetime.date) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """One window a line, local (Europe/Warsaw) times on `day` unless the line names its own date.

    Raises forms.ValidationError naming the first line it cannot read."""
    windows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = WINDOW_LINE.match(line)
        if match is None:
            raise forms.ValidationError(
                _("Wiersz %(number)d: wpisz przedział jak „10:00–12:00” (albo „2026-05-15 10:00–12:00”)."),
                params={"number": number},
            )
        date_text, start_h, start_m, end_h, end_m = match.groups()
        try:
            on = datetime.date.fromisoformat(date_text) if date_text else day
            start = datetime.datetime.combine(on, datetime.time(int(start_h), int(start_m)))
            end = datetime.datetime.combine(on, datetime.time(int(end_h), int(end_m)))
        except ValueError as error:
            raise forms.ValidationError(
                _("Wiersz %(number)d: nie ma takiej daty ani godziny."), params={"number": number}
            ) from error
        if end <= start:
            raise forms.ValidationError(
                _("Wiersz %(number)d: koniec przedziału musi być później niż początek."), params={"number": number}
            )
        windows.append((timezone.make_aware(start), timezone.make_aware(end)))
    return windows


def format_windows(session: B2BSession) -> str:
    event_day = timezone.localdate(session.event.starts_at)
    lines = []
    for window in session.windows.all():
        start, end = timezone.localtime(window.starts_at), timezone.localtime(window.ends_at)
        prefix = "" if start.date() == event_day else f"{start:%Y-%m-%d} "
        lines.append(f"{prefix}{start:%H:%M}–{end:%H:%M}")
    return "\n".join(lines)


class SessionForm(StyledFormMixin, forms.Form):
    is_enabled = forms.BooleanField(
        label=_("Spotkania B2B włączone (uczestnicy widzą katalog i mogą prosić o spotkania)"), required=False
    )
    slot_minutes = forms.IntegerField(label=_("Długość jednego spotkania (minuty)"), min_value=5, max_value=180)
    tables = forms.IntegerField(label=_("Liczba stolików"), min_value=1, max_value=200)
    windows = forms.CharField(
        label=_("Przedziały czasu na spotkania"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Jeden przedział w wierszu, czas polski, np. „10:00–12:00”. Bez daty: dzień rozpoczęcia wydarzenia; "
            "inny dzień: „2026-05-15 10:00–12:00”."
        ),
    )
    request_deadline = forms.DateTimeField(
        label=_("Prośby o spotkanie do"),
        required=False,
        widget=DateTimeLocalInput(),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M"],
        help_text=_("Puste: do początku wydarzenia."),
        error_messages={"invalid": _("Podaj datę i godzinę, np. 2026-12-03 10:00.")},
    )

    def __init__(self, *args: Any, event: Event, session: B2BSession | None = None, **kwargs: Any) -> None:
        if session is not None:
            kwargs.setdefault(
                "initial",
                {
                    "is_enabled": session.is_enabled,
                    "slot_minutes": session.slot_minutes,
                    "tables": session.tables,
                    "windows": format_windows(session),
                    "request_deadline": session.request_deadline and timezone.localtime(session.request_deadline),
                },
            )
        else:
            kwargs.setdefault("initial", {"is_enabled": True, "slot_minutes": 20, "tables": 5})
        super().__init__(*args, **kwargs)
        self.event = event

    def clean_windows(self) -> list[tuple[datetime.datetime, datetime.datetime]]:
        return parse_windows(self.cleaned_data["windows"], day=timezone.localdate(self.event.starts_at))


class ProfileForm(StyledFormMixin, forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("Organizacja"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("— występuję we własnym imieniu —"),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("Kompetencje"), queryset=Competence.objects.all(), required=False, widget=CheckboxList
    )

    class Meta:
        model = B2BProfile
        fields = ["organisation", "offer", "seek", "competences"]
        widgets = {
            "offer": forms.Textarea(attrs={"rows": 4}),
            "seek": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "offer": _("Technologie, usługi, sprzęt, doświadczenie, które możesz zaproponować innym."),
            "seek": _("Partnerów, rozwiązań lub kompetencji, których szukasz."),
        }

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(pk__in=[o.pk for o in organisations])
        self.fields["competences"].choices = competence_choices()


class DirectoryFilterForm(StyledFormMixin, forms.Form):
    """Every field is optional; a value that does not validate is simply not applied."""

    q = forms.CharField(label=_("Szukaj w ofertach, potrzebach i nazwach"), required=False, max_length=200)
    competence = forms.ChoiceField(label=_("Kompetencja"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Slugs, not ids, in the address bar: a link to "?competence=fitoremediacja" reads and lasts.
        slugs = dict(Competence.objects.values_list("pk", "slug"))
        self.fields["competence"].choices = [("", _("wszystkie kompetencje"))] + [
            (area, [(slugs[pk], name) for pk, name in options]) for area, options in competence_choices()
        ]

    def applied_filters(self) -> dict[str, str]:
        if not self.is_bound:
            return {}
        return {name: self.cleaned_data[name] for name in ("q", "competence") if self.cleaned_data.get(name)}


class MeetingRequestForm(StyledFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Wiadomość do tej osoby"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Napisz krótko, o czym chcesz porozmawiać."),
    )


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("przyjmij")), ("decline", _("odrzuć"))])


class OutcomeForm(StyledFormMixin, forms.Form):
    outcome = forms.ChoiceField(label=_("Co wynikło ze spotkania?"), choices=Outcome.choices, widget=RadioList)
    note = forms.CharField(
        label=_("Notatka (opcjonalnie)"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ScheduleForm(forms.Form):
    rearrange = forms.BooleanField(required=False)
