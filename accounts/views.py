from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

from partnership_portal import access, addresses, throttle

from .forms import ResetForm, SignInForm


@login_required
@access.personal_page
def account(request):
    partner_account = access.partner_account(request.user)
    return render(request, "accounts/account.html", {
        "organisation": partner_account.organisation if partner_account else None,
    })


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = False  # a partner sent here for a secretariat file sees why

    def get_redirect_url(self):
        # The page the reader came from, in the language they sign in with: switching
        # language on this page keeps `next` in the language of the page they left.
        url = super().get_redirect_url()
        return addresses.in_language(url, translation.get_language()) if url else url


@method_decorator(access.personal_page, name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        # Counted on the typed address whether or not an account has it, so being throttled
        # reveals nothing about which addresses exist.
        email = form.cleaned_data["email"].strip().casefold()
        if not throttle.allowed(self.request, "password_reset", email):
            form.add_error(None, _("Too many password reset requests. Nothing was sent; please "
                                   "try again later or contact the Secretariat."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


@method_decorator(access.personal_page, name="dispatch")
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
