from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting


class PlatformFormRenderer(TemplatesSetting):
    """Every form renders its fields through one template: label, input, help and Polish errors."""

    form_template_name = "core/forms/div.html"
    field_template_name = "core/forms/field.html"


class StyledFormMixin:
    """Gives widgets Bootstrap's classes, so templates can render `{{ form }}` and nothing more."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():  # type: ignore[attr-defined]
            widget = field.widget
            if isinstance(widget, (forms.CheckboxSelectMultiple, forms.RadioSelect)):
                # Django puts a multiple-input widget's class on the wrapping <div>, not on each input.
                continue
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                css = "form-select"
            else:
                css = "form-control"
            existing = widget.attrs.get("class", "")
            widget.attrs["class"] = f"{existing} {css}".strip()


class HoneypotField(forms.CharField):
    """A field people never see; bots fill it in. Rendered in `.honeypot`, checked in clean()."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", "Website")
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
        super().__init__(**kwargs)
