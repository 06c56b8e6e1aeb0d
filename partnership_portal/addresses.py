"""Which parts of a page's address matter: one rule for the canonical URL, the hreflang
alternates, the language switcher and the redirects of old slugs.

Tracking parameters (added by newsletters, Facebook, Google Ads...) never change what a page
shows, so they are dropped; filters, search terms and the page number are kept."""

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
