from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

# Messages that say what to do (GOV.UK), as the contact form's: the error summary lists each
# field's message, and "This field is required." twice did not say which was missing.
EMAIL_ERRORS = {"required": _("Enter your e-mail address"),
                "invalid": _("Enter an e-mail address like name@example.org")}


class SignInForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = _("Enter your user name")
        self.fields["password"].error_messages["required"] = _("Enter your password")


class ResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].error_messages.update(EMAIL_ERRORS)
