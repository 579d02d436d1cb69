from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.community.comments.models import BODY_MAX_LENGTH, REASON_MAX_LENGTH
from platforma.core.forms import StyledFormMixin


class CommentForm(StyledFormMixin, forms.Form):
    body = forms.CharField(
        label=_("Treść komentarza"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Możesz używać Markdown: **pogrubienie**, *kursywa*, listy i odnośniki."),
        error_messages={
            "required": _("Napisz treść komentarza."),
            "max_length": _("Komentarz może mieć najwyżej %(limit_value)d znaków (teraz ma %(show_value)d)."),
        },
    )


class ReplyForm(CommentForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["body"].label = _("Treść odpowiedzi")


class ReportForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Co jest nie tak z tym komentarzem?"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Zgłoszenie trafi do koordynatora klastra. Autor komentarza nie dowie się, kto je wysłał."),
        error_messages={
            "required": _("Napisz, co jest nie tak z tym komentarzem."),
            "max_length": _("Powód może mieć najwyżej %(limit_value)d znaków (teraz ma %(show_value)d)."),
        },
    )


class ResolveForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("hide", _("ukryj komentarz")), ("dismiss", _("oddal zgłoszenie"))],
        error_messages={"required": _("Wybierz: ukryć komentarz czy oddalić zgłoszenie.")},
    )
