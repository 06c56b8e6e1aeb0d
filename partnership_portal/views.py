"""Site-wide views: home, About, error pages, robots.txt, health check, editor uploads."""

import json
import logging
import os
import sys
from urllib.parse import urlsplit

from ckeditor_uploader import views as ckeditor_views
from django.conf import settings
from django.contrib.auth.decorators import user_passes_test
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from PIL import Image, UnidentifiedImageError

from . import access
from .listing import get_page_or_redirect
from .middleware import database_unavailable_response
from .models import Page
from .sections import sections_for
from .sitemaps import list_pages
from .uploads import validate_image_pixels

EDITOR_IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
EDITOR_IMAGE_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
# Editors sign in through the admin, as `staff_member_required` would send them.
editor_only = user_passes_test(access.may_use_editor_uploads, login_url="admin:login")
logger = logging.getLogger(__name__)


def home(request):
    return render(request, "home.html", {"sections": sections_for("home", request)})


def about(request):
    return _page(request, Page.Key.ABOUT)


def accessibility(request):
    return _page(request, Page.Key.ACCESSIBILITY)


def privacy(request):
    return _page(request, Page.Key.PRIVACY)


def _page(request, key):
    page = get_object_or_404(Page, key=key)
    return render(request, "page.html", {"page": page, "object": page})


def site_map(request):
    """The readers' sitemap (the footer's "Sitemap"): every section with its lists, then the
    site's own pages. sitemap.xml stays for search engines (robots.txt names it)."""
    sections = []
    children = {}
    for page in list_pages():
        entry = {"label": page["label"], "url": reverse(page["url_name"]), "children": []}
        children[page["url_name"]] = entry["children"]
        if page["parent"] in children:
            children[page["parent"]].append(entry)
        else:
            sections.append(entry)
    pages = [{"label": page.title, "url": page.get_absolute_url(), "children": []}
             for page in Page.objects.order_by("pk")]
    return render(request, "site_map.html", {"sections": sections[:1] + pages + sections[1:]})


def _language_from_path(request):
    code = request.path.lstrip("/").split("/", 1)[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def page_not_found(request, exception=None):
    with translation.override(_language_from_path(request)):
        return render(request, "404.html", status=404)


def server_error(request):
    # Django calls this inside its `except` block: a database that went away while a
    # middleware (not a view) used it still gets the friendly 503.
    unavailable = database_unavailable_response(request, sys.exc_info()[1])
    if unavailable is not None:
        return unavailable
    # Rendered with no context processors and no database: nothing here may fail again.
    with translation.override(_language_from_path(request)):
        return HttpResponse(loader.get_template("500.html").render(), status=500)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /ckeditor/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; resolved per request because the
    # hashed static name exists only after collectstatic.
    return redirect(static("img/favicon.svg"), permanent=True)


@never_cache
@require_safe
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@csrf_exempt  # browsers send reports without a token or cookies
@require_POST
def csp_report(request):
    """Log a Content-Security-Policy violation the browser reports; 204, or 413 if too big."""
    limit = settings.CSP_REPORT_MAX_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return HttpResponse(status=413)
    # Read at most one byte more than allowed: a body without (or lying in) Content-Length
    # can't make the server hold more than that.
    body = request.read(limit + 1)
    if len(body) > limit:
        return HttpResponse(status=413)
    try:
        report = json.loads(body).get("csp-report", {})
    except (ValueError, AttributeError):
        return HttpResponse(status=400)
    logger.warning(
        "CSP violation: %s blocked %s on %s",
        str(report.get("violated-directive") or report.get("effective-directive"))[:200],
        str(report.get("blocked-uri"))[:500],
        str(report.get("document-uri"))[:500],
    )
    return HttpResponse(status=204)


def _callback_number(request):
    """CKEditor's callback number, only if it is a plain number (it is written into JS)."""
    value = request.GET.get("CKEditorFuncNum", "")
    return value if value.isascii() and value.isdigit() and len(value) < 10 else None


def _upload_error(request, message):
    func = _callback_number(request)
    if request.GET.get("responseType") == "json" or func is None:
        return JsonResponse({"uploaded": 0, "error": {"message": message}}, status=400)
    # CKEditor's iframe transport reads a callback; the message is JSON-encoded and
    # "</" is escaped so it can't close the script element.
    text = json.dumps(message).replace("</", "<\\/")
    return HttpResponse(
        f"<script>window.parent.CKEDITOR.tools.callFunction({func}, '', {text});</script>",
        status=400,
    )


def _same_origin(request):
    """CSRF stand-in for CKEditor's token-less uploads: the browser's Origin (or Referer)
    must be this site."""
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    if not source:
        return False
    parsed = urlsplit(source)
    return parsed.netloc == request.get_host() and parsed.scheme in ("http", "https")


# CKEditor 4's uploader posts without Django's CSRF token; instead the request must come from
# this site (Origin/Referer), carry a staff session (SameSite=Lax cookie), and any callback
# number must be numeric.
@csrf_exempt
@xframe_options_sameorigin  # the image dialog reads the answer from a same-origin iframe
@require_POST
@editor_only
def editor_upload(request):
    """CKEditor image upload: staff only, images only, size-limited, then the stock view."""
    if not _same_origin(request):
        return HttpResponseForbidden(_("Uploads must come from the site's own editor."))
    if "CKEditorFuncNum" in request.GET and _callback_number(request) is None:
        return JsonResponse({"uploaded": 0, "error": {"message": "Bad request."}}, status=400)
    upload = request.FILES.get("upload")
    if upload is None:
        return _upload_error(request, _("No file was sent."))
    limit = settings.CKEDITOR_UPLOAD_MAX_BYTES
    if upload.size > limit:
        return _upload_error(
            request,
            _("The image is too large (%(size)s MB); the limit is %(limit)s MB.")
            % {"size": round(upload.size / 1048576, 1), "limit": round(limit / 1048576, 1)},
        )
    if os.path.splitext(upload.name)[1].lower() not in EDITOR_IMAGE_EXTENSIONS:
        return _upload_error(request, _("Only JPEG, PNG, GIF or WebP images can be uploaded."))
    try:
        validate_image_pixels(upload)
    except ValidationError as error:
        return _upload_error(request, error.messages[0])
    try:
        with Image.open(upload) as image:
            image.verify()
            kind = image.format
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        kind = None
    if kind not in EDITOR_IMAGE_FORMATS:
        return _upload_error(request, _("The file is not a valid image."))
    upload.seek(0)
    return ckeditor_views.upload(request)


editor_browse = xframe_options_sameorigin(never_cache(editor_only(ckeditor_views.browse)))


def search(request):
    """Site-wide search: both languages searched, each hit shown in the reader's language."""
    from django.core.paginator import Paginator

    from . import search as site_search

    query = request.GET.get("q", "")[: site_search.MAX_QUERY_LENGTH].strip()
    kinds = site_search.sources()
    kind = request.GET.get("type") or None
    notices = []
    if kind and kind not in kinds:
        notices.append(_("“%(value)s” is not a kind of content; showing all kinds.")
                       % {"value": kind[:30]})
        kind = None
    results = site_search.backend().search(query, request.user, source=kind)
    # The hits per kind are counted for the facets already: no second COUNT for the pages.
    counts = {key: count for key, _label, count in results.facets}
    # The hits are ranked by their ids alone, and only the page's rows are read in the same
    # query (`pk IN` the ranked slice): sorting every hit with its display fields took half the
    # page's time at 16,000 hits on SQLite. A hit shows its kind, title, summary, address and
    # date: the index's long texts (the words searched, the marked text, the vector) stay unread.
    paginator = Paginator(results.entries.values_list("pk", flat=True), settings.PAGE_SIZE)
    paginator.count = counts.get(kind, 0) if kind else sum(counts.values())
    page, page_redirect = get_page_or_redirect(request, paginator)
    if page_redirect:
        return page_redirect
    page.object_list = results.entries.filter(pk__in=page.object_list).only(
        "source", "title_vi", "title_en", "summary_vi", "summary_en", "url_vi", "url_en", "date")
    language = translation.get_language()
    hits = []
    for entry in page.object_list:
        title = getattr(entry, f"title_{language}") or entry.title_vi
        summary = getattr(entry, f"summary_{language}") or entry.summary_vi
        hits.append({
            "kind": kinds[entry.source].label if entry.source in kinds else entry.source,
            "url": getattr(entry, f"url_{language}"),
            "title": site_search.highlight(title, results.terms, results.phrase, results.exact),
            "title_lang": language if getattr(entry, f"title_{language}") else "vi",
            "summary": site_search.highlight(site_search.snippet(summary, 300), results.terms,
                                             results.phrase, results.exact),
            "summary_lang": language if getattr(entry, f"summary_{language}") else "vi",
            "date": entry.date if entry.source in kinds and kinds[entry.source].show_date
            else None,
        })
    response = render(request, "search.html", {
        "query": query, "kind": kind, "facets": results.facets, "page_obj": page,
        "is_paginated": page.has_other_pages(), "hits": hits, "notices": notices,
        "total": sum(counts.values()),
        "too_long": len(request.GET.get("q", "")) > site_search.MAX_QUERY_LENGTH,
        # Typed with diacritics, only those exact words are searched: offer every spelling.
        "unaccented": " ".join(results.terms) if results.exact else "",
    })
    response["X-Robots-Tag"] = "noindex"
    return response
