"""Document cards built in Python: the documents list shows twenty, each with its files, and a
card as included templates (the card, its access badge, its file links) cost about 500 Python
calls; rendering the list's cards was half of the page's time."""

from urllib.parse import quote

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from partnership_portal import access
from partnership_portal.html import format_html
from partnership_portal.templatetags.portal import Links, _date_tag, each_rendered, site_urls

register = template.Library()

# The markup the card's templates rendered, whitespace included.
_CARD = ('<article class="card doc-card">\n  <h3 class="card-title">{}</h3>\n'
         '  <p class="meta">{} · {} · {} {}\n</p>\n  {}\n</article>\n')
_BADGE = '<span class="badge badge-lock"><span aria-hidden="true">🔒</span> {}</span>'
_FILE = ('\n  <li>\n  {}\n    <span class="file-lang">{}</span>\n'
         '    <span class="file-meta">{}, {}</span>\n  {}\n  </li>\n')
_FILES = '\n<ul class="file-links">\n{}\n</ul>\n{}\n\n'
_LOCKED = '\n<p class="lock-note">{}</p>\n'
_SIGN_IN = '<a href="{}?next={}">{}</a>'
_NO_FILE = '<p class="meta">{}</p>\n'


@register.simple_tag
def document_cards(documents, user):
    """One `<article>` per document (from `Document.objects.for_listing()`): its link, kind,
    period, day of issue and access badge, and its files, as links when `user` may download
    them, else with a sign-in link (or, signed in, why not)."""
    return each_rendered(documents, lambda links, document: _card(links, document, user))


@register.simple_tag
def document_card(document, user):
    """One document's card, as `document_cards` gives it."""
    return _card(Links(), document, user)


@register.simple_tag
def access_badge(document):
    """The lock badge of a partner-only or secretariat-only document ("" for a public one)."""
    return _badge(document)


@register.simple_tag
def document_files(document, user):
    """A document's files: download links when `user` may have them, else the files named
    with a sign-in link (or, signed in, why not); "no file yet" when it has none."""
    return _files(Links(), document, user)


def _badge(document):
    if document.is_partners_only:
        return format_html(_BADGE, gettext("Partners only"))
    if document.is_secretariat_only:
        return format_html(_BADGE, gettext("Secretariat only"))
    return ""


def _files(links, document, user):
    files = list(document.files.all())
    if not files:
        return format_html(_NO_FILE, gettext("No file has been attached yet."))
    can_download = access.may_download(user, document)
    items = []
    for f in files:
        if can_download:
            opening = format_html('<a href="{}" download>', f.get_absolute_url())
            closing = mark_safe("</a>")
        else:
            opening, closing = mark_safe('<span class="file-locked">'), mark_safe("</span>")
        items.append(format_html(_FILE, opening, f.get_language_display(), f.extension,
                                 filesizeformat(f.size), closing))
    if can_download:
        note = ""
    elif user.is_authenticated:
        note = format_html(_LOCKED, gettext("Your account does not give access to these files."))
    else:
        # `{{ document.get_absolute_url|urlencode }}`: quoted with "/" kept.
        note = format_html(_LOCKED, format_html(
            _SIGN_IN, site_urls()["login"], quote(links.url(document), safe="/"),
            gettext("Sign in to download")))
    return format_html(_FILES, mark_safe("".join(items)), note)  # noqa: S308 - each escaped


def _card(links, document, user):
    return format_html(
        _CARD, links.link(document, "title"), links.text(document.kind, "name"),
        document.period_label, _date_tag(document.issued_on, links.language), _badge(document),
        _files(links, document, user))
