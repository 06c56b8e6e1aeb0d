from django import forms
from django.utils.translation import gettext_lazy as _


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Your message to the Secretariat"), min_length=10, max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What your organisation could offer or would like to discuss. Only the "
                    "Secretariat and your own account can read it."),
    )
