from typing import Any

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.forms import StyledFormMixin
from platforma.search.engine.ranking import MAX_QUERY_CHARS, clean_query


class SearchForm(StyledFormMixin, forms.Form):
    # No max_length: a longer query is cut (ranking.clean_query) rather than refused with an error.
    q = forms.CharField(
        label=_("Czego szukasz?"),
        required=False,
        help_text=_("Słowa w dowolnej odmianie, np. „rekultywacja hałd”, „oczyszczanie ścieków”, „Bytom”."),
        widget=forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "maxlength": str(MAX_QUERY_CHARS), "spellcheck": "true"}
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Live results while typing; without JavaScript the form is submitted as usual.
        self.fields["q"].widget.attrs.update(
            {
                "hx-get": reverse("search:search"),
                "hx-trigger": "input changed delay:300ms, search",
                "hx-target": "#search-results",
                "hx-swap": "outerHTML",
                "hx-include": "closest form",
                "hx-replace-url": "true",
                "aria-controls": "search-results",
            }
        )

    def query(self) -> str:
        if not self.is_valid():
            return ""
        return clean_query(self.cleaned_data.get("q") or "")
