from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from platforma.contact.models import Enquiry, EnquiryTopic
from platforma.core.forms import HoneypotField, StyledFormMixin

HONEYPOT_FIELD = "website_hp"


class EnquiryForm(StyledFormMixin, forms.ModelForm[Enquiry]):
    consent = forms.BooleanField(
        label=_(
            "Wyrażam zgodę na przetwarzanie moich danych osobowych przez EkoPark w Piekarach Śląskich "
            "(administratora danych) w celu odpowiedzi na to zapytanie."
        ),
        help_text=_(
            "Dane przechowujemy tylko tak długo, jak wymaga tego obsługa zapytania. "
            "Zgodę możesz w każdej chwili wycofać, pisząc do koordynatora klastra."
        ),
        error_messages={
            "required": _("Bez zgody na przetwarzanie danych nie możemy przyjąć zapytania ani na nie odpowiedzieć.")
        },
    )
    website_hp = HoneypotField()

    field_order = ["name", "email", "organisation_name", "topic", "message", "consent", HONEYPOT_FIELD]

    class Meta:
        model = Enquiry
        fields = ["name", "email", "organisation_name", "topic", "message"]
        labels = {
            "name": _("Imię i nazwisko"),
            "email": _("Adres e-mail"),
            "organisation_name": _("Organizacja (nieobowiązkowo)"),
            "topic": _("Temat"),
            "message": _("Wiadomość"),
        }
        help_texts = {
            "email": _("Na ten adres wyślemy odpowiedź."),
            "organisation_name": _("Firma, uczelnia, instytut, gmina lub organizacja, w której imieniu piszesz."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        topic = cast(forms.ChoiceField, self.fields["topic"])
        topic.choices = [("", _("— wybierz temat —")), *EnquiryTopic.choices]

    def is_bot(self) -> bool:
        """People never see the honeypot field; anything typed into it came from a bot."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


class EnquiryAnswerForm(StyledFormMixin, forms.Form):
    body = forms.CharField(
        label=_("Treść odpowiedzi"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Odpowiedź zostanie zapisana przy zapytaniu i wysłana e-mailem do nadawcy."),
    )
