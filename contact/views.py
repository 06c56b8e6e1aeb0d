from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from partnership_portal import throttle
from partnership_portal.models import Page

from .forms import ContactForm
from .services import contact_message_receive


@never_cache
def contact(request):
    """The Secretariat's address (an editable Page) and the contact form."""
    form = ContactForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            # No e-mail and nothing kept; the same confirmation as everyone, so a bot learns
            # nothing about what gave it away.
            return redirect("contact_sent")
        email = form.cleaned_data["email"].strip().casefold()
        if form.too_fast:
            form.add_error(None, _("Please check your message, then send it again."))
            status = 400
        elif throttle.allowed(request, "contact", email):
            contact_message_receive(
                name=form.cleaned_data["name"], email=form.cleaned_data["email"],
                organisation=form.cleaned_data["organisation"],
                message=form.cleaned_data["message"],
            )
            return redirect("contact_sent")
        else:
            form.add_error(None, _("Too many messages were sent from here. Nothing was sent; "
                                   "please try again in an hour or write to the Secretariat."))
            status = 429
    page = Page.objects.filter(key=Page.Key.CONTACT).first()
    return render(request, "contact/contact.html",
                  {"page": page, "object": page, "form": form}, status=status)


def sent(request):
    return render(request, "contact/sent.html")
