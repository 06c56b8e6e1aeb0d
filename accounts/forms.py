from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from partnership_portal.forms import EMAIL_ERRORS

# Messages that say what to do (GOV.UK), as the contact form's: the error summary lists each
# field's message, and "This field is required." twice did not say which was missing.


class SignInForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = _("Enter your user name")
        self.fields["password"].error_messages["required"] = _("Enter your password")


class ResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].error_messages.update(EMAIL_ERRORS)
