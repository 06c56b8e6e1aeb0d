"""The form renderer every form uses (settings.FORM_RENDERER), and messages forms share."""

from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

# An e-mail field's messages say what to do (GOV.UK), not "This field is required.": the
# error summary lists each field's message, and the same words twice did not say which.
EMAIL_ERRORS = {"required": _("Enter your e-mail address"),
                "invalid": _("Enter an e-mail address like name@example.org")}


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
