"""The public contact form, with spam protection that needs no third-party service: a honeypot
field people never see, and a signed timestamp that shows how long the form was open."""

from time import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from partnership_portal.forms import EMAIL_ERRORS

SALT = "contact.form.started"


def started_token(at=None):
    """A signed record of when the form was shown (the reader cannot change it)."""
    return signing.dumps(at if at is not None else time(), salt=SALT)


class TrapInput(forms.TextInput):
    """A text input in a `hidden` block: people and screen readers never meet it; a bot that
    fills every input fills it. Counted as a hidden field, so forms list no label for it."""

    template_name = "contact/trap_input.html"
    is_hidden = True


class ContactForm(forms.Form):
    # Messages that say what to do (GOV.UK), not "This field is required".
    name = forms.CharField(label=_("Your name"), max_length=200,
                           error_messages={"required": _("Enter your name")},
                           widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"), max_length=254,
        help_text=_("The Secretariat replies to this address."),
        error_messages=EMAIL_ERRORS,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=200, required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    message = forms.CharField(label=_("Your message"), max_length=5000,
                              error_messages={"required": _("Enter your message")},
                              widget=forms.Textarea(attrs={"rows": 8}))
    # The honeypot: rendered by the template inside a hidden block (no label reaches people or
    # assistive technology); bots that fill every field fill it.
    website = forms.CharField(required=False, max_length=200,
                              widget=TrapInput(attrs={"tabindex": "-1", "autocomplete": "off"}))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = started_token()

    def clean_name(self):
        # A name goes into the e-mail's subject line: one line only.
        return " ".join(self.cleaned_data["name"].split())

    def clean_started(self):
        try:
            started = signing.loads(self.cleaned_data["started"], salt=SALT)
        except signing.BadSignature:
            started = None
        if not isinstance(started, (int, float)):
            self.started_seconds_ago = None
            return None
        self.started_seconds_ago = time() - started
        if self.started_seconds_ago > settings.CONTACT_MAX_FORM_AGE:
            # Shown again with a fresh start, so the reader's next try can pass.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = started_token()
            raise forms.ValidationError(
                _("This form was open too long. Please send your message again."),
                code="expired")
        return started

    @property
    def is_bot(self):
        """A filled honeypot or a forged timestamp: no person sends either."""
        return bool(self.cleaned_data.get("website")) or self.started_seconds_ago is None

    @property
    def too_fast(self):
        """Sent sooner than a person could fill it in. Told to send again (a person then
        can; nothing is lost), rather than thanked for a message that went nowhere."""
        return self.started_seconds_ago < settings.CONTACT_MIN_FILL_SECONDS
