"""List rows and cards built in Python (`{% agreement_rows %}`, `{% event_cards %}`,
`{% post_cards %}`, `{% document_cards %}`) give byte for byte what the template loops they replaced gave. Those
loops are kept here as the oracle, over items that take each branch: escaped markup in
titles, text in the other language marked with `lang`, undated, cancelled, with and
without organisers, summaries and periods."""

from datetime import date, datetime, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import Context, Engine, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cooperation.models import Agreement
from documents.models import Access, Document
from forums.models import Event
from news.models import Post
from tests.factories import (
    AgreementFactory,
    DocumentFactory,
    DocumentFileFactory,
    DocumentKindFactory,
    EventFactory,
    EventOrganiserFactory,
    PartnerOrganisationFactory,
    PartnerUserFactory,
    PostFactory,
    sign,
)

pytestmark = pytest.mark.django_db

AGREEMENT_LOOP = """{% load portal %}{% for agreement in agreements %}
    <tr>
      <td>{% item_link agreement "title" %}<br><span class="meta">{{ agreement.get_kind_display }}{% if agreement.period_label %} · {{ agreement.period_label }}{% endif %}</span></td>
      <td>{% item_links agreement.listed_parties %}</td>
      <td>{% if agreement.concluded_on %}{% partial_time agreement.concluded_on agreement.last_signature_precision short=True %}{% else %}—{% endif %}</td>
      <td><span class="state state-{{ agreement.state }}">{{ agreement.state_label }}</span></td>
    </tr>
  {% endfor %}"""

EVENT_LOOP = """{% load portal %}{% for event in events %}<article class="card event-card">
  <h3 class="card-title">{% item_link event "title" %}</h3>
  <p class="meta">{{ event.when_html }}
 · {{ event.get_kind_display }}{% with place=event.place_line %}{% if place %} · {{ place }}{% endif %}{% endwith %}</p>
  {% if event.is_postponed_or_cancelled %}<p><span class="state state-{{ event.stage }}">{{ event.get_stage_display }}</span></p>{% endif %}
  {% with organisers=event.listed_organisers %}{% if organisers %}<p class="meta">{% list_names organisers via="partner" %}</p>{% endif %}{% endwith %}
</article>
{% endfor %}"""

POST_LOOP = """{% load portal %}{% for post in posts %}<article class="card">
  <h3 class="card-title">{% item_link post "title" %}</h3>
  <p class="meta">{{ post.publish_at|date_tag }} · <a href="{{ post.category.get_absolute_url }}">{{ post.category.name }}</a></p>
  {% if post.summary %}<p{% lang_attr post "summary" %}>{{ post.summary }}</p>{% endif %}
</article>
{% endfor %}"""


def both(loop, tag, library, name, items):
    """(the old loop's HTML, the tag's HTML) in Vietnamese and in English. The tag reads
    nothing more from the database: the list's queryset fetched all that its rows show."""
    results = []
    for language in ("vi", "en"):
        with translation.override(language):
            with CaptureQueriesContext(connection) as queries:
                new = Template(f"{{% load {library} %}}{{% {tag} {name} %}}").render(
                    Context({name: items}))
            assert queries.captured_queries == []
            old = Template(loop).render(Context({name: items}))
            results.append((old, new))
    return results


def test_agreement_rows_are_the_loops_rows():
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", short_name_vi="BTP")
    laos = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", name_en="", short_name_vi="")
    signed = AgreementFactory(title_vi="Hiệp định <tương trợ> & dẫn độ", title_en="",
                              parties=[moj, laos], valid_from=date(2021, 1, 1),
                              valid_until=date(2025, 12, 31))
    sign(signed, moj, date(2020, 12, 1), date_precision="month")
    sign(signed, laos, date(2020, 12, 1), date_precision="month")
    AgreementFactory(title_en="Draft plan \"2026\"", parties=[moj],
                     valid_from=date(2026, 1, 1), valid_until=date(2026, 6, 30))
    agreements = list(Agreement.objects.published().with_state().for_table().order_by("pk"))
    for old, new in both(AGREEMENT_LOOP, "agreement_rows", "agreements", "agreements",
                         agreements):
        assert new == old
        assert "&lt;tương trợ&gt; &amp; dẫn độ" in new and "—" in new
    assert 'lang="vi"' in new and "&quot;2026&quot;" in new  # the English rows


def test_event_cards_are_the_loops_cards():
    organiser = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", short_name_vi="")
    untranslated = PartnerOrganisationFactory(name_vi="Học viện Tư pháp", name_en="",
                                              short_name_vi="")
    start = timezone.make_aware(datetime(2027, 3, 15, 8, 30))
    with_organisers = EventFactory(title_vi="Hội thảo <số 1>", title_en="", start=start,
                                   end=start + timedelta(hours=3), city="Hà Nội")
    EventOrganiserFactory(event=with_organisers, partner=organiser)
    EventOrganiserFactory(event=with_organisers, partner=untranslated)
    EventFactory(title_en="Cancelled & moved", stage="cancelled", all_day=True,
                 start=start, end=start + timedelta(days=2), mode="online", city="")
    events = list(Event.objects.published().for_listing().order_by("pk"))
    for old, new in both(EVENT_LOOP, "event_cards", "events", "events", events):
        assert new == old
        assert "&lt;số 1&gt;" in new and 'class="state state-cancelled"' in new
    assert '<span lang="vi">Học viện Tư pháp</span>' in new


def test_post_cards_are_the_loops_cards():
    PostFactory(title_vi="Tin <mới>", title_en="", summary_en="")
    PostFactory(summary_vi="", summary_en="")
    PostFactory(title_en="Both & more", summary_vi="Tóm tắt", summary_en="Summary \"quoted\"")
    posts = list(Post.objects.published().for_listing())
    for old, new in both(POST_LOOP, "post_cards", "posts", "posts", posts):
        assert new == old
        assert "Tin &lt;mới&gt;" in new
    assert '<p lang="vi">Tóm tắt bản tin.</p>' in new and "Summary &quot;quoted&quot;" in new


# The card's three templates as they were (documents/includes/), included as they were.
DOCUMENT_TEMPLATES = {
    "item.html": """{% load i18n portal %}<article class="card doc-card">
  <h3 class="card-title">{% item_link document "title" %}</h3>
  <p class="meta">{{ document.kind.name }} · {{ document.period_label }} · {{ document.issued_on|date_tag }} {% include "badge.html" %}</p>
  {% with can_download=document|downloadable_by:user %}{% include "files.html" %}{% endwith %}
</article>
""",
    "badge.html": """{% load i18n %}{% if document.is_partners_only %}<span class="badge badge-lock"><span aria-hidden="true">🔒</span> {% translate "Partners only" %}</span>{% elif document.is_secretariat_only %}<span class="badge badge-lock"><span aria-hidden="true">🔒</span> {% translate "Secretariat only" %}</span>{% endif %}
""",
    "files.html": """{% load i18n %}{% if document.files.all %}
<ul class="file-links">
{% for f in document.files.all %}
  <li>
  {% if can_download %}<a href="{{ f.get_absolute_url }}" download>{% else %}<span class="file-locked">{% endif %}
    <span class="file-lang">{{ f.get_language_display }}</span>
    <span class="file-meta">{{ f.extension }}, {{ f.size|filesizeformat }}</span>
  {% if can_download %}</a>{% else %}</span>{% endif %}
  </li>
{% endfor %}
</ul>
{% if not can_download %}
<p class="lock-note">{% if user.is_authenticated %}{% translate "Your account does not give access to these files." %}{% else %}<a href="{% url 'accounts:login' %}?next={{ document.get_absolute_url|urlencode }}">{% translate "Sign in to download" %}</a>{% endif %}</p>
{% endif %}
{% else %}<p class="meta">{% translate "No file has been attached yet." %}</p>{% endif %}
""",
    "loop.html": """{% for document in documents %}{% include "item.html" %}{% endfor %}""",
}


@pytest.mark.parametrize("reader", ["anonymous", "partner"])
def test_document_cards_are_the_included_templates_cards(reader):
    kind = DocumentKindFactory(name_vi="Báo cáo", name_en="")
    public = DocumentFactory(title_vi="Báo cáo <quý> & năm", title_en="", kind=kind,
                             quarter=None, issued_on=date(2021, 1, 5))
    DocumentFileFactory(document=public, language="vi")
    DocumentFileFactory(document=public, language="en")
    shared = DocumentFactory(title_en="Partners' \"notes\"", access=Access.PARTNERS)
    DocumentFileFactory(document=shared)
    DocumentFactory(title_vi="Chưa có tệp", access=Access.SECRETARIAT)  # no file yet
    user = AnonymousUser() if reader == "anonymous" else PartnerUserFactory(username="undp")
    documents = list(Document.objects.for_listing().order_by("pk"))
    engine = Engine(loaders=[("django.template.loaders.locmem.Loader", DOCUMENT_TEMPLATES)],
                    libraries={"portal": "partnership_portal.templatetags.portal",
                               "i18n": "django.templatetags.i18n"})
    for language in ("vi", "en"):
        with translation.override(language):
            context = {"documents": documents, "user": user}
            with CaptureQueriesContext(connection) as queries:
                new = Template("{% load documents %}{% document_cards documents user %}").render(
                    Context(context))
            assert queries.captured_queries == []
            old = engine.get_template("loop.html").render(Context(context))
            assert new == old
            assert new.count("<article") == 3 and "&lt;quý&gt; &amp;" in new
    # English: the untranslated kind and title fall back, marked as Vietnamese.
    assert '<a href="/en/documents/' in new and 'lang="vi"' in new
    assert "Partners only" in new and "Secretariat only" in new
    if reader == "anonymous":
        assert "Sign in to download" in new and "/en/account/sign-in/?next=/en/documents/" in new
    else:
        assert "Sign in to download" not in new and "download>" in new
        assert "Your account does not give access to these files." not in new  # no file
