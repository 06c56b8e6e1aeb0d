import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from cooperation.models import Agreement, Partner
from partnership_portal.collation import sorted_choices
from partnership_portal.forms import EMAIL_ERRORS

STARTED_SALT = "newsletter.form-started"


class SubscribeForm(forms.Form):
    """The subscribe form. Spam is kept out without third parties: a field hidden from people
    (robots fill it) and a signed start time (robots post faster than anyone types)."""

    email = forms.EmailField(label=_("E-mail address"), max_length=254,
                             error_messages=EMAIL_ERRORS)
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)
    newsletter = forms.BooleanField(label=_("The quarterly newsletter"), required=False,
                                    initial=True)
    partners = forms.ModelMultipleChoiceField(
        label=_("Alerts about partners"), required=False,
        queryset=Partner.objects.published().order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("New news, events, agreements and documents that concern them."))
    agreements = forms.ModelMultipleChoiceField(
        label=_("Alerts about agreements"), required=False,
        queryset=Agreement.objects.published().order_by("title"),
        widget=forms.CheckboxSelectMultiple)
    # The honeypot: hidden by CSS and from assistive technology, left empty by people.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"tabindex": "-1",
                                                            "autocomplete": "off"}))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = signing.dumps(time.time(), salt=STARTED_SALT)
        # Each box named in the page's language and in Vietnamese alphabetical order (the
        # database's order is by code point, and a name's str() mixes the languages).
        for name, label in (("partners", "name"), ("agreements", "title")):
            field = self.fields[name]
            field.choices = sorted_choices((item.pk, getattr(item, label))
                                           for item in field.queryset)

    def person_fields(self):
        return [field for field in self.visible_fields() if field.name != "website"]

    def clean(self):
        data = super().clean()
        if not data.get("newsletter") and not data.get("partners") and not data.get("agreements"):
            raise forms.ValidationError(_("Choose the newsletter or at least one alert."))
        return data

    def looks_automated(self):
        """True for a filled honeypot, a missing or forged start time, or a too-quick post."""
        if self.cleaned_data.get("website"):
            return True
        try:
            started = signing.loads(self.cleaned_data.get("started", ""), salt=STARTED_SALT)
        except signing.BadSignature:
            return True
        return time.time() - float(started) < settings.NEWSLETTER_MIN_FORM_SECONDS
