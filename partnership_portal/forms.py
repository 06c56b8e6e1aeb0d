"""The form renderer every form uses (settings.FORM_RENDERER)."""

from django.forms.renderers import TemplatesSetting


class PublicFormRenderer(TemplatesSetting):
    """Django's forms rendered through the project's templates (templates/django/forms/field.html
    gives every field the GOV.UK error message), without `autofocus`.

    Django's sign-in and password forms set autofocus on their first field, which moves screen
    reader users past the page's heading and explanation (GOV.UK pattern: nothing jumps)."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget:
            for part in (widget, *widget.get("subwidgets", ())):
                part.get("attrs", {}).pop("autofocus", None)
        return super().render(template_name, context, request=request)
