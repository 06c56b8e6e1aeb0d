"""Builds the POST data an admin change form would send, from the page the admin rendered,
so a test changes only what its assertion depends on."""

from django import forms


def _field_data(bound_field):
    field, name, value = bound_field.field, bound_field.html_name, bound_field.value()
    if isinstance(field, forms.FileField):
        return {}
    if isinstance(field, forms.BooleanField):
        return {name: "on"} if value else {}
    if isinstance(field, forms.MultiValueField):
        widget = getattr(field.widget, "widget", field.widget)
        parts = value if isinstance(value, list) else widget.decompress(value)
        return {f"{name}_{i}": "" if part is None else str(part) for i, part in enumerate(parts)}
    if isinstance(field, forms.ModelMultipleChoiceField):
        return {name: [str(v) for v in (value or [])]}
    return {name: "" if value is None else str(value)}


def _form_data(form):
    data = {}
    for bound_field in form:
        data.update(_field_data(bound_field))
    return data


def admin_form_data(response, **changes):
    """The form of an admin add/change page (main form and inlines) as POST data."""
    context = response.context
    data = _form_data(context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            if form.instance.pk is None and not form.has_changed():
                continue  # an empty extra row
            data.update(_form_data(form))
        # Only the rows sent count.
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(
            sum(1 for form in formset.forms if form.instance.pk is not None))
    data.update(changes)
    return data
