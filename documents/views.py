from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from partnership_portal import access, audit
from partnership_portal.listing import (
    FilteredListMixin,
    ForgivingPaginationMixin,
    UnpaginatedListMixin,
)
from partnership_portal.pagecache import until_content_changes
from partnership_portal.publishing import PreviewableDetailMixin

from .filters import DocumentFilter
from .models import Document, DocumentFile, DocumentKind, FileVersion


class DocumentListView(FilteredListMixin, ForgivingPaginationMixin, ListView):
    """The library: filters by kind, year, file language and access level."""

    template_name = "documents/document_list.html"
    context_object_name = "documents"
    filterset_class = DocumentFilter

    def get_base_queryset(self):
        return Document.objects.listed_for(self.request.user).for_listing()

    def get_context_data(self, **kwargs):
        user = self.request.user
        # The years of the documents this reader is shown (secretariat-only ones to staff).
        years = until_content_changes(
            ("document-years", access.listed_levels(user)),
            lambda: list(Document.objects.listed_for(user).order_by("-year")
                         .values_list("year", flat=True).distinct()))
        filterset = self.filterset
        return super().get_context_data(
            kinds=filterset.choices("kind"), years=years,
            languages=filterset.choices("language"), access_choices=filterset.choices("access"),
            partners=filterset.choices("partner"),
            **kwargs,
        )


class SeriesView(UnpaginatedListMixin, ListView):
    """A periodical series (newsletter, quarterly reports) laid out by year and quarter."""

    template_name = "documents/series.html"
    kind_code = None

    def get_queryset(self):
        self.kind = get_object_or_404(DocumentKind, code=self.kind_code)
        return (
            Document.objects.listed_for(self.request.user).for_listing()
            .filter(kind=self.kind)
            # Newest first; in a year, a document for the whole year (no quarter, issued
            # after its quarters) before quarter IV, on either database (PostgreSQL puts
            # NULLs first in a descending order, SQLite last).
            .order_by("-year", F("quarter").desc(nulls_first=True), "-issued_on")
        )

    def get_context_data(self, **kwargs):
        by_year = {}
        for document in self.object_list:
            by_year.setdefault(document.year, []).append(document)
        return super().get_context_data(kind=self.kind, by_year=sorted(by_year.items(),
                                        reverse=True), **kwargs)


class DocumentDetailView(PreviewableDetailMixin, DetailView):
    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return Document.objects.listed_for(self.request.user).for_page()

    def get_context_data(self, **kwargs):
        document = self.object
        return super().get_context_data(
            can_download=access.may_download(self.request.user, document),
            **kwargs,
        )


def _serve(request, stored_file, download_name, restricted):
    """Send a private file: through nginx (X-Accel-Redirect) when configured, else Django."""
    prefix = settings.DOCUMENTS_X_ACCEL_REDIRECT_PREFIX
    if prefix:
        response = HttpResponse()
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + stored_file.name
        response["Content-Disposition"] = content_disposition_header(True, download_name)
        response["Content-Type"] = ""  # let nginx set it from the file
    else:
        try:
            handle = stored_file.open("rb")
        except FileNotFoundError as error:
            raise Http404(_("This file is missing from storage.")) from error
        response = FileResponse(handle, as_attachment=True, filename=download_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store" if restricted else "public, max-age=3600"
    return response


@require_safe
def download(request, pk):
    """Download the latest upload of a document file, after checking who may have it.

    HEAD (link checkers) answers as GET would, without counting a download."""
    document_file = get_object_or_404(
        DocumentFile.objects.select_related("document"), pk=pk
    )
    document = document_file.document
    # A file of a document the reader may not even find (a draft, the secretariat's own) is
    # not found, as its page is: asking to sign in would confirm that it exists.
    if (not access.may_view(request.user, document)
            or document.access not in access.listed_levels(request.user)):
        raise Http404
    if not access.may_download(request.user, document):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied(_("Your account does not give access to this document."))
    if request.method == "GET":
        DocumentFile.objects.filter(pk=pk).update(download_count=F("download_count") + 1)
        if document.is_restricted:
            audit.sensitive_read.send(sender=DocumentFile, request=request, obj=document_file,
                                      detail=document.access)
    # Drafts (previews for editors) must not be cached either.
    return _serve(request, document_file.file, document_file.original_name,
                  document.is_restricted or not document.is_public)


@require_safe
def download_version(request, pk):
    """An earlier version of a file: for the secretariat only."""
    if not access.may_download_earlier_versions(request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied(_("Your account does not give access to this document."))
    version = get_object_or_404(FileVersion, pk=pk)
    audit.sensitive_read.send(sender=FileVersion, request=request, obj=version,
                              detail="earlier version")
    return _serve(request, version.file, version.original_name, restricted=True)
