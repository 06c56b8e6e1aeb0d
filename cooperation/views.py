import csv
import json
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Prefetch, Q
from django.http import StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView
from django_countries import countries

from documents.models import Document, links_to_listed
from partnership_portal import access, dates, throttle
from partnership_portal.capped import CappedList
from partnership_portal.collation import sort_key
from partnership_portal.expressions import DateYear
from partnership_portal.listing import (
    FilteredListMixin,
    ForgivingPaginationMixin,
    UnpaginatedListMixin,
)
from partnership_portal.models import (
    Live,
    columns_except,
    columns_of,
    only_columns,
    prefetch_for_one,
)
from partnership_portal.publishing import PreviewableDetailMixin
from partnership_portal.richtext import plain_text
from partnership_portal.sections import sections_for

from . import status as agreement_status
from .charts import bar_chart
from .filters import DEFAULT_SORT as DEFAULT_AGREEMENT_SORT
from .filters import SORTS as AGREEMENT_SORTS
from .filters import (
    AgreementFilter,
    AgreementTableFilter,
    NeedFilter,
    PartnerFilter,
    ProjectFilter,
)
from .forms import InterestForm
from .models import (
    PARTY_LINK,
    Agreement,
    CooperationNeed,
    Interest,
    Partner,
    Project,
    ProjectRole,
    Signature,
)
from .services import interest_register


class AgreementRegisterView(FilteredListMixin, ForgivingPaginationMixin, ListView):
    """The register: every filter combination is a plain GET URL, so it can be shared."""

    template_name = "cooperation/agreement_list.html"
    context_object_name = "agreements"
    filterset_class = AgreementTableFilter

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        filterset = self.filterset
        context = super().get_context_data(
            partners=filterset.choices("partner"), countries=filterset.used_countries,
            kinds=filterset.choices("kind"), states=filterset.choices("state"),
            sorts=filterset.choices("sort"),
            export_query=query.urlencode(),
            **kwargs,
        )
        # "In force on" a day: instruments signed on dates no source gives count as in force
        # on any day (status.SINCE_EVER); the page says so rather than let them pass for
        # instruments known to apply then.
        context["undated_in_force"] = bool(filterset.values["on"]) and any(
            agreement.in_force_from == agreement_status.SINCE_EVER
            for agreement in context["agreements"])
        return context


# Rows fetched per query while an export streams; prefetches run once per chunk.
EXPORT_CHUNK_SIZE = 500


def _export_rows(request, filterset):
    """The register's rows, one at a time: a large export never holds every agreement."""
    for agreement in filterset.qs.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        yield {
            "title": plain_text(agreement.title),
            "kind": agreement.get_kind_display(),
            "parties": "; ".join(plain_text(p.name) for p in agreement.listed_parties),
            "countries": "; ".join(sorted({p.country.code for p in agreement.listed_parties
                                           if p.country})),
            # ISO 8601 as precise as known ("2023", "2020-12"), and the precision as a code
            # (the CSV shows its label): a year-only signature is never exported as 1 January.
            "signed": dates.iso(agreement.concluded_on, agreement.last_signature_precision),
            "signed_precision": (agreement.last_signature_precision
                                 if agreement.concluded_on else ""),
            "in_force_from": dates.iso(agreement.starts_on, agreement.in_force_from_precision),
            "in_force_from_precision": (agreement.in_force_from_precision
                                        if agreement.starts_on else ""),
            "valid_from": agreement.valid_from.isoformat() if agreement.valid_from else "",
            "valid_until": agreement.valid_until.isoformat() if agreement.valid_until else "",
            "status": agreement.state_label(),
            "status_code": agreement.state,
            "url": request.build_absolute_uri(agreement.get_absolute_url()),
        }


def _in_language(language, chunks):
    """Streamed content is produced after the view returns: keep the request's language."""
    with translation.override(language):
        yield from chunks


class _Echo:
    """A file-like object whose write() returns the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value


def export_csv(request):
    """The filtered register as CSV; UTF-8 with a byte-order mark so Excel shows Vietnamese."""
    filterset = AgreementFilter(request.GET, request=request)
    headers = [_("Title"), _("Kind"), _("Parties"), _("Countries"), _("Signed"),
               _("Signature date known to"), _("In force from"), _("In force from, known to"),
               _("Valid from"), _("Valid until"), _("Status"), _("Address")]

    def lines():
        writer = csv.writer(_Echo())
        yield "\ufeff" + writer.writerow(headers)
        labels = dict(Signature.Precision.choices)
        for row in _export_rows(request, filterset):
            row.pop("status_code")  # the CSV is for people; JSON keeps the code for programs
            # Precisions in the reader's words ("Chỉ biết năm"), as the status; JSON keeps codes.
            for name in ("signed_precision", "in_force_from_precision"):
                row[name] = labels.get(row[name], row[name])
            yield writer.writerow([_spreadsheet_safe(value) for value in row.values()])

    response = StreamingHttpResponse(_in_language(translation.get_language(), lines()),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agreements.csv"'
    return response


def _spreadsheet_safe(value):
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_json(request):
    """The filtered register as JSON, streamed: the envelope first, then each agreement."""
    filterset = AgreementFilter(request.GET, request=request)
    envelope = {"language": translation.get_language(), "count": filterset.qs.count(),
                "filters": {k: str(v) if v else None for k, v in filterset.values.items()},
                "agreements": []}

    def dumps(value):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)

    def chunks():
        head, tail = dumps(envelope).rsplit("[]", 1)
        yield head + "["
        separator = "\n"
        for row in _export_rows(request, filterset):
            # Each row indented one level deeper than the list, as json.dumps would.
            yield separator + "  " + dumps(row).replace("\n", "\n  ")
            separator = ",\n"
        yield ("\n ]" if separator != "\n" else "]") + tail

    return StreamingHttpResponse(_in_language(translation.get_language(), chunks()),
                                 content_type="application/json")


class AgreementDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        return Agreement.objects.visible_to(self.request.user).with_state()

    def get_object(self, queryset=None):
        agreement = super().get_object(queryset)
        # Parties are links, as in the agreements table (the timeline names the party of
        # each signature through its own query).
        prefetch_for_one(
            agreement,
            parties=lambda parties: only_columns(parties.published(),
                                                 *columns_of(Partner, PARTY_LINK)),
            areas=lambda areas: areas.all(),
            signatures=lambda signatures: only_columns(
                signatures.select_related("party"), *columns_except(Signature, ()),
                *columns_of(Partner, ("name",), prefix="party__")))
        return agreement

    def get_context_data(self, **kwargs):
        agreement = self.object
        user = self.request.user
        documents = links_to_listed(agreement.agreementdocument_set.all(), user)
        return super().get_context_data(
            links=agreement.links(),
            timeline=agreement.timeline(),
            attached=documents,
            projects=only_columns(agreement.projects.published(),
                                  *columns_of(Project, ("title", "slug"))),
            sections=sections_for("agreement", self.request, agreement=agreement),
            **kwargs,
        )


class PartnerListView(FilteredListMixin, UnpaginatedListMixin, ListView):
    template_name = "cooperation/partner_list.html"
    context_object_name = "partners"
    filterset_class = PartnerFilter

    def get_base_queryset(self):
        now = timezone.now()
        return Partner.objects.published().annotate(
            agreement_total=Count("agreements", distinct=True, filter=Q(
                agreements__status="published", agreements__publish_at__lte=now)
                & (Q(agreements__unpublish_at__isnull=True) | Q(agreements__unpublish_at__gt=now)))
        ).order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(kinds=self.filterset.choices("kind"),
                                           kind=self.filterset.values["kind"], **kwargs)
        # The whole list on one page: sorted here in Vietnamese alphabetical order (the
        # database sorts by code point), by the name shown in the page's language.
        context["partners"] = sorted(context["partners"], key=lambda p: sort_key(p.name))
        return context


# What a project named on a partner's page reads: its link and stage.
PROJECT_LINK = ("title", "slug", "stage")


class PartnerDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/partner_detail.html"
    context_object_name = "partner"

    def get_queryset(self):
        return Partner.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        partner = self.object
        user = self.request.user
        agreements = (Agreement.objects.published().with_state().for_table()
                      .filter(parties=partner)
                      # The register's default order, as the "See all" link shows them:
                      # newest signed first, those not signed yet last.
                      .order_by(*AGREEMENT_SORTS[DEFAULT_AGREEMENT_SORT]))
        # Its roles in published projects: each project a link with its stage.
        roles = (ProjectRole.objects.filter(Live(timezone.now(), via="project__"), partner=partner)
                 .select_related("project")
                 .order_by(F("project__start").desc(nulls_last=True), "-project__pk"))
        roles = only_columns(roles, "role", "partner",
                             *columns_of(Project, PROJECT_LINK, prefix="project__"))
        # Each document once (attached to an agreement and a project both), without DISTINCT.
        documents = Document.objects.listed_for(user).for_listing().filter(
            Q(pk__in=Agreement.documents.through.objects.filter(agreement__parties=partner)
              .values("document"))
            | Q(pk__in=Project.documents.through.objects.filter(project__partners=partner)
                .values("document")))
        query = f"?{urlencode({'partner': partner.slug_vi})}"
        return super().get_context_data(
            agreements=CappedList.of(agreements, reverse("cooperation:agreements") + query),
            roles=CappedList.of(roles, reverse("cooperation:projects") + query),
            documents=CappedList.of(documents, reverse("documents:list") + query),
            sections=sections_for("partner", self.request, partner=partner),
            **kwargs,
        )


class ProjectListView(FilteredListMixin, UnpaginatedListMixin, ListView):
    template_name = "cooperation/project_list.html"
    context_object_name = "projects"
    filterset_class = ProjectFilter

    def get_base_queryset(self):
        return Project.objects.published().prefetch_related(
            Prefetch("roles", ProjectRole.objects.public()))

    def get_context_data(self, **kwargs):
        filterset = self.filterset
        return super().get_context_data(
            kinds=filterset.choices("kind"), stages=filterset.choices("stage"),
            partners=filterset.choices("partner"), kind=filterset.values["kind"],
            stage=filterset.values["stage"], partner=filterset.values["partner"], **kwargs)


class ProjectDetailView(PreviewableDetailMixin, DetailView):
    template_name = "cooperation/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.visible_to(self.request.user).prefetch_related(
            Prefetch("roles", ProjectRole.objects.public()))

    def get_context_data(self, **kwargs):
        project = self.object
        return super().get_context_data(
            agreements=project.agreements.published().with_state(),
            documents=Document.objects.listed_for(self.request.user).for_listing()
            .filter(projects=project),
            sections=sections_for("project", self.request, project=project),
            **kwargs,
        )


class NeedListView(FilteredListMixin, ForgivingPaginationMixin, ListView):
    template_name = "cooperation/need_list.html"
    context_object_name = "needs"
    filterset_class = NeedFilter

    def get_base_queryset(self):
        return CooperationNeed.objects.published().for_listing()

    def get_context_data(self, **kwargs):
        filterset = self.filterset
        return super().get_context_data(
            areas=filterset.choices("area"), priorities=filterset.choices("priority"),
            stages=filterset.choices("stage"), **kwargs)


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
            can_register=access.may_register_interest(user),
            own_interests=own,
            form=kwargs.pop("form", None) or InterestForm(),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # A signed-in reader sees their own interest messages here.
        return access.mark_personal(response) if self.request.user.is_authenticated else response

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={request.path}")
        if not access.may_register_interest(request.user):
            messages.error(request, _("Only partner accounts can register interest."))
            return redirect(self.object.get_absolute_url())
        form = InterestForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if not throttle.allowed(request, "interest", str(request.user.pk)):
            # Re-rendered with the partner's text, so nothing they typed is lost.
            form.add_error(None, _("You have sent too many messages in a short time. This one "
                                   "was not sent; please try again later."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        try:
            interest_register(need=self.object, user=request.user,
                              message=form.cleaned_data["message"])
        except ValidationError as error:  # the service owns the rule (need no longer open)
            messages.error(request, error.messages[0])
            return redirect(self.object.get_absolute_url())
        messages.success(request, _("Thank you. The Secretariat has your message and will "
                                    "contact you."))
        return redirect(self.object.get_absolute_url())


class OverviewView(UnpaginatedListMixin, TemplateView):
    """Agreements per year and partners by country, as accessible SVG charts with tables."""

    template_name = "cooperation/overview.html"

    def get_context_data(self, **kwargs):
        # Only the date shown as "signed" (with_state() would annotate all three shown dates).
        signed = agreement_status.ShownDate("concluded_on", timezone.localdate())
        per_year = (
            Agreement.objects.published().annotate(concluded_on=signed)
            .exclude(concluded_on=None).annotate(year=DateYear("concluded_on"))
            .values("year").annotate(n=Count("pk")).order_by("year")
        )
        by_country = (
            Partner.objects.published().exclude(country="").values("country")
            .annotate(n=Count("pk")).order_by("-n", "country")
        )
        year_rows = [(str(row["year"]), row["n"]) for row in per_year]
        country_rows = [(str(countries.name(row["country"]) or row["country"]), row["n"])
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
