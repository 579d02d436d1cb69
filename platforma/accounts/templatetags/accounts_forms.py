from django import forms, template

register = template.Library()


@register.filter
def styled(form: forms.BaseForm) -> forms.BaseForm:
    """Give a form we did not write (allauth's) the Bootstrap classes StyledFormMixin gives ours."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxInput | forms.CheckboxSelectMultiple | forms.RadioSelect):
            css = "form-check-input"
        elif isinstance(widget, forms.Select | forms.SelectMultiple):
            css = "form-select"
        else:
            css = "form-control"
        classes = widget.attrs.get("class", "").split()
        if css not in classes:
            widget.attrs["class"] = " ".join([*classes, css])
    return form
