from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One field for a six-digit authenticator code or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The 6-digit code shown in your authenticator app, or one of your "
                    "recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True,
                                      "spellcheck": "false", "autocapitalize": "off"}),
    )


class SetupCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Code from your app"),
        max_length=12,
        help_text=_("After adding the account to your app, enter the 6-digit code it shows."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True}),
    )
