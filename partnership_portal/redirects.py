"""Old addresses of renamed items (slug history, kept in django.contrib.redirects)."""

from django.conf import settings
from django.contrib.redirects.middleware import RedirectFallbackMiddleware
from django.contrib.redirects.models import Redirect
from django.contrib.sites.shortcuts import get_current_site

from .addresses import meaningful_query, with_query


class SlugHistoryRedirectMiddleware(RedirectFallbackMiddleware):
    """django.contrib.redirects, also for an old address that carries a query string.

    The stock middleware looks up the full path, query included, so a shared link with
    `?fbclid=…` (Facebook adds one to every outgoing link) to a renamed item was a 404. The
    path alone is looked up too, and the redirect keeps the meaningful query (filters, page),
    dropping tracking parameters."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.status_code != 404 or not request.META.get("QUERY_STRING"):
            return response
        paths = [request.path]
        if settings.APPEND_SLASH and not request.path.endswith("/"):
            paths.append(request.path + "/")
        redirect = (Redirect.objects.filter(site=get_current_site(request), old_path__in=paths)
                    .order_by("old_path").first())
        if redirect is None:
            return response
        if redirect.new_path == "":
            return self.response_gone_class()
        return self.response_redirect_class(
            with_query(redirect.new_path, meaningful_query(request.GET)))
