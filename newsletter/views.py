from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DetailView, ListView

from partnership_portal import access, throttle
from partnership_portal.listing import ForgivingPaginationMixin
from partnership_portal.publishing import PreviewableDetailMixin

from . import mailing
from .forms import SubscribeForm
from .models import Issue, Subscriber
from .outputs import render_pdf


class IssueListView(ForgivingPaginationMixin, ListView):
    """The archive: published issues, newest first, optionally one year (?year=)."""

    template_name = "newsletter/issue_list.html"
    context_object_name = "issues"

    def get_queryset(self):
        self.year = None
        value = self.request.GET.get("year", "")
        qs = Issue.objects.published().for_listing()
        if value.isascii() and value.isdigit() and len(value) == 4:
            self.year = int(value)
            qs = qs.filter(year=self.year)
        return qs

    def get_context_data(self, **kwargs):
        years = (Issue.objects.published().order_by("-year").values_list("year", flat=True)
                 .distinct())
        return super().get_context_data(year=self.year, years=list(years), **kwargs)


class IssueDetailView(PreviewableDetailMixin, DetailView):
    template_name = "newsletter/issue_detail.html"
    context_object_name = "issue"

    def get_queryset(self):
        return Issue.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        # Only items every reader may open, even in a secretariat preview: this is what
        # subscribers and the PDF get.
        return super().get_context_data(items=self.object.public_items(), **kwargs)


def issue_pdf(request, slug):
    issue = get_object_or_404(Issue.objects.visible_to(request.user), slug=slug)
    language = translation.get_language()
    response = HttpResponse(render_pdf(issue, language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{issue.slug}-{language}.pdf"'
    if not issue.is_public:
        access.mark_personal(response)
    return response


@never_cache
def subscribe(request):
    # ?partner=<id> / ?agreement=<id>: the "follow by e-mail" links of those pages.
    initial = {"language": translation.get_language(),
               "partners": [v for v in request.GET.getlist("partner") if v.isdigit()],
               "agreements": [v for v in request.GET.getlist("agreement") if v.isdigit()]}
    form = SubscribeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip().lower()
        # Robots and floods get the same answer as people, and nothing is saved or sent.
        if not form.looks_automated() and throttle.allowed(request, "newsletter_subscribe",
                                                           email):
            _subscribe(email, form.cleaned_data)
        return redirect(request.path + "?sent=1")
    return render(request, "newsletter/subscribe.html",
                  {"form": form, "sent": request.GET.get("sent") == "1"})


def _subscribe(email, data):
    subscriber = Subscriber.objects.filter(email=email).first()
    if subscriber and subscriber.is_active:
        return  # already receiving: nothing changes on a stranger's word, nothing is sent
    subscriber = subscriber or Subscriber(email=email)
    subscriber.language = data["language"]
    subscriber.newsletter = data["newsletter"]
    subscriber.save()
    subscriber.partners.set(data["partners"])
    subscriber.agreements.set(data["agreements"])
    mailing.send_confirmation(subscriber)


@never_cache
def confirm(request, token):
    subscriber = mailing.subscriber_from_confirm_token(token)
    if subscriber is None:
        return render(request, "newsletter/message.html", {"expired": True}, status=400)
    if request.method == "POST":
        if not subscriber.is_active:
            subscriber.confirm()
        return render(request, "newsletter/message.html", {"confirmed": True})
    # A button, not a GET side effect: mail scanners follow links.
    return render(request, "newsletter/message.html", {"confirm_form": True})


@csrf_exempt  # RFC 8058: mail clients POST without any token but the one in the URL
@never_cache
def unsubscribe(request, token):
    subscriber = Subscriber.objects.filter(key=token).first()
    if subscriber is None:
        raise Http404
    if request.method == "POST":
        subscriber.unsubscribe()
        return render(request, "newsletter/message.html", {"unsubscribed": True})
    return render(request, "newsletter/message.html", {"unsubscribe_form": True})
