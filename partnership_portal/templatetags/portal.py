"""Template helpers shared by every app: language counterparts, fallbacks, rich text."""

import datetime
import functools

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.template.base import render_value_in_context
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse, translate_url
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from partnership_portal import access, dates
from partnership_portal.addresses import meaningful_query, with_query
from partnership_portal.fasttranslation import value_in
from partnership_portal.html import format_html
from partnership_portal.models import SlugAddressed
from partnership_portal.richtext import render_rich_text
from partnership_portal.urlcache import object_url_in, url_context

register = template.Library()


def _counterpart_path(context, code):
    """This page in language `code`: the object's own URL under that language, else the path
    with its translated words (django's translate_url), else that language's home page."""
    request = context["request"]
    obj = context.get("alternate_object") or context.get("object")
    if obj is not None and hasattr(obj, "get_absolute_url"):
        with translation.override(code):
            return obj.get_absolute_url()
    return _translated_path(request.path, code, get_urlconf(), get_script_prefix())


@functools.lru_cache(maxsize=2048)
def _translated_path(path, code, urlconf, prefix):
    """A list or section page's path in language `code`: the same for every request, so
    worked out once (resolve and reverse cost each list page about 1,000 function calls).
    Bounded, since a 404's path is anything a visitor typed."""
    # translate_url resolves the path in the page's own language, then reverses it in `code`.
    translated = translate_url(path, code)
    if translated == path and code != translation.get_language_from_path(path):
        with translation.override(code):
            translated = reverse("home")
    return translated


@register.simple_tag(takes_context=True)
def alternates(context):
    """[{code, name, path, url, current}] for both languages, used by the switcher,
    hreflang links and the canonical URL."""
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    # The same parameters as the canonical URL (addresses.py): tracking ones dropped.
    query = meaningful_query(request.GET, drop_first_page=True)
    qs = ("?" + query) if query else ""
    items = []
    obj = context.get("alternate_object") or context.get("object")
    for code, name in settings.LANGUAGES:
        path = _counterpart_path(context, code)
        with translation.override(code):
            native = str(translation.gettext(name))
        items.append(
            {
                "code": code,
                "name": native,
                "path": path + qs,
                "url": request.build_absolute_uri(path + qs),
                "current": code == current,
                # An untranslated item's English page shows Vietnamese text and is noindex:
                # search engines get no hreflang to it (the switcher still links it).
                "indexable": code == settings.LANGUAGE_CODE or not hasattr(obj, "has_translation")
                or obj.has_translation(code),
            }
        )
    return items


_language_only = {}

# The addresses every page links from its header, by name in the templates.
SITE_URLS = {"home": "home", "news": "news:list", "news_feed": "news:feed",
             "forums": "forums:list", "cooperation": "cooperation:overview",
             "documents": "documents:list", "about": "about", "search": "search",
             "account": "accounts:account", "login": "accounts:login"}


@register.simple_tag
def site_urls():
    """{name: URL} of the header's links in the active language, reversed once per language
    and process (ten `{% url %}` tags cost every page about 900 function calls)."""
    key = ("site_urls", translation.get_language(), get_script_prefix(), get_urlconf())
    urls = _language_only.get(key)
    if urls is None:
        urls = _language_only[key] = {name: reverse(view) for name, view in SITE_URLS.items()}
    return urls


# The main menu: (site_urls key, label, True when any page under it is current, False when
# only the page itself).
MAIN_NAV = (("home", gettext_noop("Home"), False), ("news", gettext_noop("News"), True),
            ("forums", gettext_noop("Forums"), True),
            ("cooperation", gettext_noop("Cooperation"), True),
            ("documents", gettext_noop("Documents"), True),
            ("about", gettext_noop("About the Group"), False))


def main_nav_items(context):
    """The main menu's <li>s, the current section marked `aria-current="page"`, and the
    account link. Built once per language, current item and sign-in state (seven items and
    their tests cost every page about 1,100 calls as tags)."""
    urls, path = site_urls(), context["request"].path
    current = next((key for key, _label, section in MAIN_NAV
                    if (urls[key] in path if section else path == urls[key])), None)
    user = context.get("user")
    signed_in = bool(user is not None and user.is_authenticated)
    key = ("main_nav", translation.get_language(), current, signed_in, get_script_prefix(),
           get_urlconf())
    html = _language_only.get(key)
    if html is None:
        html = _language_only[key] = _main_nav_items(urls, current, signed_in)
    return html


def _main_nav_items(urls, current, signed_in):
    items = [format_html('<li><a href="{}"{}>{}</a></li>', urls[key],
                         mark_safe(' aria-current="page"') if key == current else "", _(label))
             for key, label, _section in MAIN_NAV]
    if signed_in:
        account = format_html('<a href="{}">{}</a>', urls["account"], _("My account"))
    else:
        account = format_html('<a href="{}">{}</a>', urls["login"], _("Partner sign-in"))
    items.append(format_html('<li class="nav-account">{}</li>', account))
    return mark_safe("\n      ".join(items))  # noqa: S308 - each item went through format_html


# Markers of includes/site_header.html's slots while it is rendered once per language, in
# the order the template has them.
_HEADER_SLOTS = ("switcher_slot", "query_slot", "nav_slot")


@register.simple_tag(takes_context=True)
def site_header(context):
    """The skip link and the site header. Its fixed words and links (a dozen `{% translate %}`
    and URLs: about 1,200 calls a page as tags) are rendered once per language; each request
    fills in the search box's query, the language switcher (`alternates`) and the main menu's
    items (`main_nav_items`)."""
    key = ("site_header", translation.get_language(), get_script_prefix(), get_urlconf())
    parts = _language_only.get(key)
    if parts is None:
        markers = {name: mark_safe(f"\x00{name}\x00") for name in _HEADER_SLOTS}
        html = render_to_string("includes/site_header.html", dict(markers))  # a copy: it grows
        parts = _language_only[key] = _split_at_markers(html, markers.values())
    switcher = "".join(
        format_html('\n        <li><a href="{}" aria-current="true" lang="{}">{}</a></li>\n      ',
                    alt["path"], alt["code"], alt["name"]) if alt["current"] else
        format_html('\n        <li><a href="{}" hreflang="{}" lang="{}" rel="alternate">{}</a>'
                    '</li>\n      ', alt["path"], alt["code"], alt["code"], alt["name"])
        for alt in context.get("alts") or ())
    query = context.get("query") or ""
    return mark_safe(  # noqa: S308 - the fixed parts are a rendered template; the rest escaped
        parts[0] + switcher + parts[1] + conditional_escape(query) + parts[2]
        + main_nav_items(context) + parts[3])


def _split_at_markers(html, markers):
    parts = []
    for marker in markers:
        before, found, html = html.partition(marker)
        if not found:
            raise ValueError(f"includes/site_header.html lost its slot {marker!r}")
        parts.append(before)
    return (*parts, html)


@register.simple_tag
def language_only(template_name):
    """A template that depends on nothing but the language (the footer: fixed words and
    links, no request, user or content), rendered once per language and process: its dozen
    `{% url %}` and `{% translate %}` tags cost every page about 2,000 function calls."""
    key = (template_name, translation.get_language(), get_script_prefix(), get_urlconf())
    html = _language_only.get(key)
    if html is None:
        html = _language_only[key] = render_to_string(template_name)
    return html


def _forget_language_only(**kwargs):
    # Tests change LANGUAGES, ROOT_URLCONF or templates: what was rendered may differ now.
    _language_only.clear()
    _translated_path.cache_clear()
    _date_tag.cache_clear()


setting_changed.connect(_forget_language_only)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This address with only the parameters that change what the page shows (filters, search,
    page > 1): the same rule as the hreflang alternates."""
    request = context["request"]
    query = meaningful_query(request.GET, drop_first_page=True)
    return request.build_absolute_uri(with_query(request.path, query))


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return ("?" + query.urlencode()) if query else "?"


@register.filter
def rich(value):
    """Render stored rich text, sanitised once more on the way out."""
    return render_rich_text(value)


@register.simple_tag
def lang_attr(obj, field):
    """` lang="vi"` when `obj.<field>` falls back to another language than the page's."""
    return _lang_attr(obj, field, translation.get_language())


def _lang_attr(obj, field, current):
    shown = _shown_language(obj, field, current)
    return format_html(' lang="{}"', shown) if shown != current else ""


def _shown_language(obj, field, current=None):
    """The language `obj.<field>` is shown in on this page: modeltranslation's fallback, the
    page's language if that column is filled, else the default language."""
    current = current or translation.get_language()
    return current if getattr(obj, f"{field}_{current}", None) else settings.LANGUAGE_CODE


@register.simple_tag
def fallback_note(obj, field):
    """A visible " (in Vietnamese)" after a listed title shown in another language than the
    page's (its reader may prefer to skip it); the link itself carries `lang`."""
    return language_note(_shown_language(obj, field))


@register.simple_tag
def item_link(obj, field="title"):
    """A listed item's link: `<a href="…">{obj.field}</a>`, with `lang` and the visible
    " (in Vietnamese)" note when the text falls back to another language than the page's
    (as `lang_attr` and `fallback_note`, in one tag: lists show dozens)."""
    return Links().link(obj, field)


class Links:
    """Links and names of listed items in the active language, which a list's tag reads once
    (`Links()`) rather than per item: through translated fields, `get_absolute_url()` and
    language notes, Django is asked for the active language, script prefix and URL conf
    several times a link, each a context-local lookup of about ten Python calls. The same
    text and addresses as those: tests/partnership_portal/test_links.py compares them."""

    def __init__(self):
        self.url_context = url_context()
        self.language = self.url_context[0]

    def text(self, obj, field):
        """`getattr(obj, field)`, a translated field read in this language."""
        return value_in(obj, field, self.language)

    def url(self, obj):
        """`obj.get_absolute_url()`."""
        if isinstance(obj, SlugAddressed):
            return object_url_in(obj.url_name, "slug", self.text(obj, "slug"),
                                 self.url_context)
        return obj.get_absolute_url()

    def name_field(self, obj):
        """`obj.list_name_field` (a partner's abbreviation, else its name)."""
        list_name_field_in = getattr(obj, "list_name_field_in", None)
        if list_name_field_in is not None:
            return list_name_field_in(self.language)
        return obj.list_name_field

    def link(self, obj, field="title"):
        """`{% item_link obj field %}`."""
        current = self.language
        # The page language's column, read directly when it is filled: it is what the
        # translated field shows then (and what `_shown_language` tests).
        text = getattr(obj, f"{field}_{current}", None)
        if text:
            return format_html('<a href="{}">{}</a>', self.url(obj), text)
        shown = settings.LANGUAGE_CODE
        if shown == current or not hasattr(obj, f"{field}_{shown}"):
            return format_html('<a href="{}">{}</a>', self.url(obj), self.text(obj, field))
        # The default language's column read directly: it is what the fallback shows.
        return format_html('<a href="{}" lang="{}">{}</a>{}', self.url(obj), shown,
                           getattr(obj, f"{field}_{shown}"), _language_note(shown, current))

    def links(self, objects, field=None, separator=", "):
        """`{% item_links objects field separator %}`."""
        # Each link is escaped by format_html, the separator here.
        return mark_safe(conditional_escape(separator).join(  # noqa: S308
            self.link(obj, field or self.name_field(obj)) for obj in objects))

    def names(self, objects, via=None, separator=", "):
        """`{% list_names objects via separator %}`."""
        current = self.language
        spans = []
        for obj in objects:
            if via:
                obj = getattr(obj, via)
            field = self.name_field(obj)
            shown = _shown_language(obj, field, current)
            if shown == current:
                spans.append(format_html("<span>{}</span>", self.text(obj, field)))
            else:
                spans.append(format_html('<span lang="{}">{}</span>', shown,
                                         self.text(obj, field)))
        return mark_safe(conditional_escape(separator).join(spans))  # noqa: S308 - each span escaped above


def each_rendered(items, render):
    """`render(links, item)` for each item, joined: the rows or cards of a list built in
    Python, each escaped by format_html, with one `Links` for the list."""
    links = Links()
    return mark_safe("".join(render(links, item) for item in items))  # noqa: S308


@register.filter(expects_localtime=True)
def date_tag(value):
    """`<time datetime="2025-03-01">01/03/2025</time>`: the (local) day of a date or
    date-time, in the page's date format, as `{{ value|date }}` inside a <time> would give.
    Lists show one per item; the `date` filter reads its format a character at a time (about
    150 Python calls each time), while a day's text in a language never changes."""
    if not value:
        return ""
    day = value.date() if isinstance(value, datetime.datetime) else value
    return _date_tag(day, translation.get_language())


@functools.lru_cache(maxsize=4096)
def _date_tag(day, language):
    # `language` is part of the key only: date_format() reads the active one.
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), date_format(day))


@register.simple_tag(takes_context=True)
def select_options(context, choices, selected):
    """The `<option>`s of a filter drop-down: one per (value, label) of `choices`, the one
    equal to `selected` marked. A loop of tags per option cost a list page's filter form
    about 30 Python calls an option, and the partner drop-downs have dozens."""
    return mark_safe("".join(  # noqa: S308 - format_html escapes each value and label
        format_html('<option value="{}"{}>{}</option>', _option_text(code, context),
                    " selected" if selected == code else "", _option_text(text, context))
        for code, text in choices))


def _option_text(value, context):
    # Text (the usual code and label) as `{{ value }}` shows it, without the localisation
    # checks; numbers and dates as the template would localise them.
    if isinstance(value, (str, Promise)):
        return value
    return render_value_in_context(value, context)


@register.simple_tag
def item_links(objects, field=None, separator=", "):
    """`item_link` for each of `objects`, joined by `separator`: a table cell of partners in
    one tag rather than a loop of tags per row. Without `field`, each object's
    `list_name_field` (its abbreviation, else its name)."""
    return Links().links(objects, field, separator)


@register.simple_tag
def list_names(objects, via=None, separator=", "):
    """Each object's `list_name` in a span (with `lang` when it falls back to another
    language than the page's), joined by `separator`: who organises an event, on its card.
    `via` names an attribute to take of each object first (`organisers via="partner"`)."""
    return Links().names(objects, via, separator)


@register.simple_tag
def language_note(shown):
    """" (in Vietnamese)" when text in language `shown` appears on a page in another one."""
    return _language_note(shown, translation.get_language())


def _language_note(shown, current):
    if not shown or shown == current:
        return ""
    note = _("(in Vietnamese)") if shown == "vi" else _("(in English)")
    return format_html(' <span class="lang-note">{}</span>', note)


@register.filter
def untranslated(obj):
    """True when the reader's language has no version of this item yet."""
    language = translation.get_language()
    return language != settings.LANGUAGE_CODE and not obj.has_translation(language)


@register.filter
def downloadable_by(obj, user):
    """`{% with ok=document|downloadable_by:user %}`: may this reader download its files?"""
    return access.may_download(user, obj)


@register.simple_tag
def partial_date(value, precision="day", short=False):
    """A date shown only as precisely as it is known: 27/10/2020, 12/2020 or 2020."""
    return dates.display(value, precision, short=short)


@register.simple_tag
def partial_time(value, precision="day", short=False):
    """`<time datetime="2020-12">12/2020</time>`: the date as precisely as it is known, with a
    machine-readable value of the same precision."""
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', dates.iso(value, precision),
                       dates.display(value, precision, short=short))


@register.inclusion_tag("includes/picture.html")
def picture(fieldfile, use, alt="", *, lazy=True, display_width=None, css_class="", extra=""):
    """An uploaded image as <picture>: AVIF/WebP renditions in `srcset` with `sizes`, the
    original as the fallback `src`, and width/height so the page does not move when it loads.
    Sizes come from the model's `<field>_width`/`<field>_height`, so nothing is opened or
    queried; `lazy=False` for an image above the fold. `extra` is pre-escaped markup (e.g.
    lang_attr's ` lang="vi"`)."""
    from partnership_portal.renditions import picture as describe

    instance, name = fieldfile.instance, fieldfile.field.name
    width = getattr(instance, f"{name}_width", None)
    height = getattr(instance, f"{name}_height", None)
    if width and height:
        shown = describe(fieldfile, use, width, height, display_width=display_width)
    else:  # dimensions not measured yet (see make_renditions): the original alone
        shown = None
    return {
        "picture": shown, "url": fieldfile.url, "alt": alt, "lazy": lazy,
        "css_class": css_class, "extra": extra, "display_width": display_width,
    }
