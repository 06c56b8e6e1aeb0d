"""Builds the POST data an admin change form would send, from the page the admin rendered,
so a test changes only what its assertion depends on."""

from html.parser import HTMLParser

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


def change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def admin_save(client, obj, **changes):
    """Open the item's change form and send it back with `changes`; the save must succeed."""
    page = client.get(change_url(obj))
    response = client.post(change_url(obj), admin_form_data(page, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


# Reading the rendered HTML form back (as a browser submits it unchanged).


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self._textarea = None
        self._select = None
        self._select_multiple = False

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self._add(self._textarea, "")
        elif tag == "select":
            self._select = attrs["name"]
            self._select_multiple = "multiple" in attrs
            self.data.setdefault(self._select, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea:
            value = self.data[self._textarea][-1]
            # Browsers drop the newline that Django writes after <textarea>.
            self.data[self._textarea][-1] = value[1:] if value.startswith("\n") else value
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data


def form_data(response, form_id=None) -> dict:
    """POST data of the admin form in `response` (the model's `<model>_form`)."""
    if form_id is None:
        opts = response.context["opts"]
        form_id = f"{opts.model_name}_form"
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    data = {}
    for name, values in reader.data.items():
        if name == "csrfmiddlewaretoken":
            continue
        data[name] = values if len(values) != 1 else values[0]
    return data
