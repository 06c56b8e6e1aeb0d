import csv

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView
from django_countries import countries

from accounts.models import is_partner
from documents.models import Document
from news.models import Post
from partnership_portal.listing import (
    ForgivingPaginationMixin,
    parse_choice,
    parse_date,
    parse_year,
)
from partnership_portal.publishing import PreviewableDetailMixin
from partnership_portal.richtext import plain_text
from partnership_portal.sections import sections_for

from .charts import bar_chart
from .forms import InterestForm
from .models import (
    Agreement,
    Area,
    CooperationNeed,
    Interest,
    Partner,
    Project,
    ProjectRole,
)

# Unsigned agreements (no conclusion date) go last whichever way dates are sorted.
# Roles of published partners only: an unpublished partner is never named on public pages.
PUBLIC_ROLES = ProjectRole.objects.filter(partner__in=Partner.objects.published()).select_related(
    "partner")

SORTS = {
    "-signed": (F("concluded_on").desc(nulls_last=True), "-pk"),
    "signed": (F("concluded_on").asc(nulls_last=True), "pk"),
    "title": ("title", "pk"),
    "status": ("state", F("concluded_on").desc(nulls_last=True)),
}


class AgreementRegisterView(ForgivingPaginationMixin, ListView):
    """The register: every filter combination is a plain GET URL, so it can be shared."""

    template_name = "cooperation/agreement_list.html"
    context_object_name = "agreements"

    page_size_setting = "COOPERATION_PAGE_SIZE"

    def filtered(self):
        self.notices = []
        get = self.request.GET
        # Keyed by the default-language slug, so a filtered URL means the same in vi and en
        # (the language switcher keeps the query string).
        partners = {p.slug_vi: p for p in Partner.objects.published().exclude(agreements=None)}
        self.filters = {
            "partner": parse_choice(get.get("partner"), partners, _("partner"), self.notices),
            "country": parse_choice((get.get("country") or "").upper() or None,
                                    dict(countries), _("country"), self.notices),
            "kind": parse_choice(get.get("kind"), Agreement.Kind.values, _("kind"),
                                 self.notices),
            "status": parse_choice(get.get("status"), Agreement.State.values, _("status"),
                                   self.notices),
            "year": parse_year(get.get("year"), self.notices),
            "on": parse_date(get.get("on"), self.notices),
            "sort": parse_choice(get.get("sort"), SORTS, _("order"), self.notices) or "-signed",
        }
        self.partner_choices = sorted(partners.values(), key=lambda p: p.name)
        f = self.filters
        qs = Agreement.objects.published().with_status(on=f["on"]).for_listing()
        if f["partner"]:
            qs = qs.filter(parties=partners[f["partner"]])
        if f["country"]:
            qs = qs.filter(parties__country=f["country"]).distinct()
        if f["kind"]:
            qs = qs.filter(kind=f["kind"])
        if f["status"]:
            qs = qs.filter(state=f["status"])
        if f["year"]:
            qs = qs.filter(concluded_on__year=f["year"])
        if f["on"]:
            qs = qs.filter(state__in=[Agreement.State.IN_FORCE,
                                      Agreement.State.PARTLY_SUPERSEDED])
        return qs.order_by(*SORTS[f["sort"]])

    def get_queryset(self):
        return self.filtered()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        used = Partner.objects.published().exclude(agreements=None)
        country_codes = sorted({p.country.code for p in used if p.country})
        return super().get_context_data(
            filters=self.filters, notices=self.notices, partners=self.partner_choices,
            countries=[(code, dict(countries)[code]) for code in country_codes],
            kinds=Agreement.Kind.choices, states=Agreement.State.choices,
            sorts=[("-signed", _("Newest signature first")), ("signed", _("Oldest first")),
                   ("title", _("Title")), ("status", _("Status"))],
            export_query=query.urlencode(),
            **kwargs,
        )


def _export_rows(request):
    view = AgreementRegisterView()
    view.setup(request)
    rows = []
    for agreement in view.filtered():
        rows.append({
            "title": plain_text(agreement.title),
            "kind": agreement.get_kind_display(),
            "parties": "; ".join(plain_text(p.name) for p in agreement.parties.all()),
            "countries": "; ".join(sorted({p.country.code for p in agreement.parties.all()
                                           if p.country})),
            "signed": agreement.concluded_on.isoformat() if agreement.concluded_on else "",
            "in_force_from": agreement.starts_on.isoformat() if agreement.starts_on else "",
            "valid_from": agreement.valid_from.isoformat() if agreement.valid_from else "",
            "valid_until": agreement.valid_until.isoformat() if agreement.valid_until else "",
            "status": agreement.state_label(),
            "status_code": agreement.state,
            "url": request.build_absolute_uri(agreement.get_absolute_url()),
        })
    return view, rows


def export_csv(request):
    """The filtered register as CSV; UTF-8 with a byte-order mark so Excel shows Vietnamese."""
    view, rows = _export_rows(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agreements.csv"'
    response.write("\ufeff")
    headers = [_("Title"), _("Kind"), _("Parties"), _("Countries"), _("Signed"),
               _("In force from"), _("Valid from"), _("Valid until"), _("Status"), _("Address")]
    writer = csv.writer(response)
    writer.writerow(headers)
    for row in rows:
        row = dict(row)
        row.pop("status_code")  # the CSV is for people; JSON keeps the code for programs
        writer.writerow([_spreadsheet_safe(value) for value in row.values()])
    return response


def _spreadsheet_safe(value):
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_json(request):
    view, rows = _export_rows(request)
    return JsonResponse(
        {"language": translation.get_language(), "count": len(rows),
         "filters": {k: str(v) if v else None for k, v in view.filters.items()},
         "agreements": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )


class AgreementDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        return Agreement.objects.visible_to(self.request.user).with_status().prefetch_related(
            Prefetch("parties", Partner.objects.published()), "areas",
            Prefetch("signatures", queryset=self.signature_queryset()),
        )

    @staticmethod
    def signature_queryset():
        from .models import Signature

        return Signature.objects.select_related("party")

    def get_context_data(self, **kwargs):
        agreement = self.object
        user = self.request.user
        documents = (
            agreement.agreementdocument_set.select_related("document__kind")
            .prefetch_related("document__files")
            .filter(document__in=Document.objects.listed_for(user))
        )
        return super().get_context_data(
            links=agreement.links(),
            timeline=agreement.timeline(),
            attached=documents,
            projects=agreement.projects.published(),
            news=Post.objects.published().for_listing().filter(agreements=agreement)[:10],
            **kwargs,
        )


class PartnerListView(ListView):
    template_name = "cooperation/partner_list.html"
    context_object_name = "partners"

    def get_queryset(self):
        self.notices = []
        self.kind = parse_choice(self.request.GET.get("kind"), Partner.Kind.values, _("kind"),
                                 self.notices)
        qs = Partner.objects.published().annotate(
            agreement_total=Count("agreements", distinct=True, filter=Q(
                agreements__status="published", agreements__publish_at__lte=timezone.now()))
        ).order_by("name")
        return qs.filter(kind=self.kind) if self.kind else qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=Partner.Kind.choices, kind=self.kind,
                                        notices=self.notices, **kwargs)


class PartnerDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/partner_detail.html"
    context_object_name = "partner"

    def get_queryset(self):
        return Partner.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        partner = self.object
        user = self.request.user
        agreements = (Agreement.objects.published().with_status().for_listing()
                      .filter(parties=partner).order_by("-concluded_on", "-pk"))
        roles = (ProjectRole.objects.filter(partner=partner, project__in=Project.objects
                                            .published())
                 .select_related("project").order_by("-project__start"))
        documents = (
            Document.objects.listed_for(user).for_listing()
            .filter(Q(agreements__parties=partner) | Q(projects__partners=partner)).distinct()
        )
        return super().get_context_data(
            agreements=agreements, roles=roles, documents=documents,
            news=Post.objects.published().for_listing().filter(partners=partner)[:10],
            sections=sections_for("partner", self.request, partner=partner),
            **kwargs,
        )


class ProjectListView(ListView):
    template_name = "cooperation/project_list.html"
    context_object_name = "projects"

    def get_queryset(self):
        self.notices = []
        get = self.request.GET
        self.kind = parse_choice(get.get("kind"), Project.Kind.values, _("kind"), self.notices)
        self.stage = parse_choice(get.get("stage"), Project.Stage.values, _("status"),
                                  self.notices)
        qs = Project.objects.published().prefetch_related(
            Prefetch("roles", PUBLIC_ROLES)
        )
        if self.kind:
            qs = qs.filter(kind=self.kind)
        if self.stage:
            qs = qs.filter(stage=self.stage)
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kinds=Project.Kind.choices, stages=Project.Stage.choices, kind=self.kind,
            stage=self.stage, notices=self.notices, **kwargs)


class ProjectDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.visible_to(self.request.user).prefetch_related(
            Prefetch("roles", PUBLIC_ROLES))

    def get_context_data(self, **kwargs):
        project = self.object
        return super().get_context_data(
            agreements=project.agreements.published().with_status(),
            documents=Document.objects.listed_for(self.request.user).for_listing()
            .filter(projects=project),
            sections=sections_for("project", self.request, project=project),
            **kwargs,
        )


class NeedListView(ForgivingPaginationMixin, ListView):
    template_name = "cooperation/need_list.html"
    context_object_name = "needs"
    paginate_by = 20

    def get_queryset(self):
        self.notices = []
        get = self.request.GET
        self.areas = list(Area.objects.all())
        self.filters = {
            "area": parse_choice(get.get("area"), {a.slug for a in self.areas}, _("field"),
                                 self.notices),
            "priority": parse_choice(get.get("priority"), CooperationNeed.Priority.values,
                                     _("priority"), self.notices),
            "stage": parse_choice(get.get("stage"), CooperationNeed.Stage.values,
                                  _("status"), self.notices),
        }
        qs = CooperationNeed.objects.published().for_listing()
        if self.filters["area"]:
            qs = qs.filter(area__slug=self.filters["area"])
        if self.filters["priority"]:
            qs = qs.filter(priority=self.filters["priority"])
        if self.filters["stage"]:
            qs = qs.filter(stage=self.filters["stage"])
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            areas=self.areas, priorities=CooperationNeed.Priority.choices,
            stages=CooperationNeed.Stage.choices, filters=self.filters, notices=self.notices,
            **kwargs)


class NeedDetailView(PreviewableDetailMixin, DetailView):
    """A proposal; a signed-in partner may register interest. Each partner sees only its own
    messages."""

    template_name = "cooperation/need_detail.html"
    context_object_name = "need"

    def get_queryset(self):
        return CooperationNeed.objects.visible_to(self.request.user).for_listing()

    def get_context_data(self, **kwargs):
        user = self.request.user
        own = (Interest.objects.filter(need=self.object, user=user)
               if user.is_authenticated else Interest.objects.none())
        return super().get_context_data(
            can_register=is_partner(user),
            own_interests=own,
            form=kwargs.pop("form", None) or InterestForm(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={request.path}")
        if not is_partner(request.user):
            messages.error(request, _("Only partner accounts can register interest."))
            return redirect(self.object.get_absolute_url())
        if self.object.stage in (CooperationNeed.Stage.MATCHED, CooperationNeed.Stage.CLOSED):
            messages.error(request, _("This proposal is no longer open for expressions of "
                                      "interest."))
            return redirect(self.object.get_absolute_url())
        form = InterestForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        account = getattr(request.user, "partner_account", None)
        interest = Interest.objects.create(
            need=self.object, user=request.user, message=form.cleaned_data["message"],
            partner=account.organisation if account else None,
        )
        if self.object.stage == CooperationNeed.Stage.OPEN:
            CooperationNeed.objects.filter(pk=self.object.pk).update(
                stage=CooperationNeed.Stage.INTERESTED)
        _notify_secretariat(request, interest)
        messages.success(request, _("Thank you. The Secretariat has your message and will "
                                    "contact you."))
        return redirect(self.object.get_absolute_url())


def _notify_secretariat(request, interest):
    recipients = settings.SECRETARIAT_EMAILS
    if not recipients:
        return
    admin_url = request.build_absolute_uri(
        reverse("admin:cooperation_interest_change", args=[interest.pk]))
    with translation.override(settings.LANGUAGE_CODE):
        send_mail(
            subject=_("Interest in a cooperation need: %(need)s") % {"need": interest.need},
            message=_("%(who)s registered interest in “%(need)s”.\n\n%(message)s\n\n%(url)s")
            % {"who": interest.partner or interest.user, "need": interest.need,
               "message": interest.message, "url": admin_url},
            from_email=None, recipient_list=recipients, fail_silently=True,
        )


class OverviewView(TemplateView):
    """Agreements per year and partners by country, as accessible SVG charts with tables."""

    template_name = "cooperation/overview.html"

    def get_context_data(self, **kwargs):
        per_year = (
            Agreement.objects.published().with_status().exclude(concluded_on=None)
            .annotate(year=ExtractYear("concluded_on")).values("year")
            .annotate(n=Count("pk")).order_by("year")
        )
        by_country = (
            Partner.objects.published().exclude(country="").values("country")
            .annotate(n=Count("pk")).order_by("-n", "country")
        )
        names = dict(countries)
        year_rows = [(str(row["year"]), row["n"]) for row in per_year]
        country_rows = [(str(names.get(row["country"], row["country"])), row["n"])
                        for row in by_country]
        return super().get_context_data(
            year_chart=bar_chart(year_rows), country_chart=bar_chart(country_rows,
                                                                     horizontal=True),
            year_rows=year_rows, country_rows=country_rows,
            agreement_total=Agreement.objects.published().count(),
            partner_total=Partner.objects.published().count(),
            in_force_total=Agreement.objects.published().in_force_on(timezone.localdate())
            .count(),
            **kwargs,
        )
