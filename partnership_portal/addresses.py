"""Which parts of a page's address matter: one rule for the canonical URL, the hreflang
alternates, the language switcher and the redirects of old slugs.

Tracking parameters (added by newsletters, Facebook, Google Ads...) never change what a page
shows, so they are dropped; filters, search terms and the page number are kept."""

from urllib.parse import unquote, urlsplit, urlunsplit

from django.http import QueryDict

TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
})
TRACKING_PREFIXES = ("utm_",)


def is_tracking(name):
    return name.lower() in TRACKING_PARAMETERS or name.lower().startswith(TRACKING_PREFIXES)


def meaningful_query(query, *, drop_first_page=False):
    """`query` (a QueryDict) without tracking parameters or empty values, keys sorted, as a
    query string ("" when nothing is left). `drop_first_page`: `page=1` is the page itself."""
    kept = QueryDict(mutable=True)
    for name in sorted(query):
        if is_tracking(name):
            continue
        values = [value for value in query.getlist(name) if value]
        if name == "page" and drop_first_page and values in (["1"], []):
            continue
        if values:
            kept.setlist(name, values)
    return kept.urlencode()


def with_query(path, query_string):
    return f"{path}?{query_string}" if query_string else path


def in_language(url, code):
    """The local address `url` (path, query) as the page in language `code`, as the language
    switcher links it: an item's page with the item's slug in `code` (looked up by its slug in
    the address's own language), another page with its path's words translated. Anything
    else (another site, an unknown path or item) is returned unchanged."""
    from django.apps import apps
    from django.urls import Resolver404, resolve, translate_url
    from django.utils import translation

    from .models import SlugAddressed

    parts = urlsplit(url)
    source = translation.get_language_from_path(parts.path)
    if parts.scheme or parts.netloc or source is None or source == code:
        return url
    with translation.override(source):
        try:
            match = resolve(unquote(parts.path))
        except Resolver404:
            return url
        models = [model for model in apps.get_models()
                  if issubclass(model, SlugAddressed) and model.url_name == match.view_name]
        if models and "slug" in match.kwargs:
            item = (models[0]._default_manager.filter(**{f"slug_{source}": match.kwargs["slug"]})
                    .first())
            if item is None:
                return url
            with translation.override(code):
                path = item.get_absolute_url()
        else:
            path = translate_url(parts.path, code)
    return urlunsplit(("", "", path, parts.query, parts.fragment))
