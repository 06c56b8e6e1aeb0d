"""Site-wide bilingual search, behind one small interface.

Apps register what is searchable (`register_source`) in their AppConfig.ready(); this module
keeps one `SearchEntry` row per item current through model signals (`check_index` and
`manage.py check_search_index --repair` find and fix what they missed; on PostgreSQL a
trigger computes each entry's vector), and answers queries with the backend for the database
in use:

* PostgreSQL: full-text search (tsvector with an `unaccent` text-search configuration, GIN
  index), ranked title-before-text then newest; when nothing matches, trigram similarity on
  titles finds near-misses (GIN trigram index).
* SQLite: the same hits from the normalised word columns (whole-word match, same ranking).

An external engine (e.g. OpenSearch) would implement `SearchBackend.search` the same way.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core import checks
from django.db import DatabaseError, connection, transaction
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import access

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
PG_CONFIG = "vi_unaccent"  # created by migration partnership_portal 0002 (PostgreSQL only)


def normalise(text: str) -> str:
    """'Hợp tác Đà Nẵng!' -> ' hop tac da nang ': lower case, no diacritics (đ → d), words
    separated and padded by single spaces."""
    text = (text or "").lower().replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    words = re.findall(r"[a-z0-9]+", text)
    return f" {' '.join(words)} " if words else ""


def day_to_datetime(day):
    """A date as an aware datetime (noon, local time) for ordering hits; None stays None."""
    from datetime import datetime, time

    return timezone.make_aware(datetime.combine(day, time(12))) if day else None


def query_terms(query: str) -> list[str]:
    return normalise(query[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


@dataclass
class SearchSource:
    """How to index one model. `document(obj)` returns the item's texts and visibility."""

    key: str
    label: object  # lazy translated name, shown as the facet
    model: type
    queryset: callable  # () -> queryset of all items to index (any state)
    document: callable  # obj -> dict(title_vi, title_en, summary_vi, summary_en, body, date,
    #                        access); public_from comes from the item's publishing state
    show_date: bool = True  # False where the date only orders hits (it may be approximate)


_sources: dict[str, SearchSource] = {}


def register_source(source: SearchSource):
    _sources[source.key] = source
    post_save.connect(_on_save, sender=source.model, dispatch_uid=f"search-{source.key}-save")
    post_delete.connect(_on_delete, sender=source.model,
                        dispatch_uid=f"search-{source.key}-delete")


def sources():
    return dict(_sources)


def _source_for(model):
    return next((s for s in _sources.values() if s.model is model), None)


def _on_save(sender, instance, raw=False, **kwargs):
    # Raw saves (loaddata) too: after the commit the whole fixture is there to index.
    source = _source_for(sender)
    if source:
        transaction.on_commit(lambda: index_object(source, instance.pk))


def _on_delete(sender, instance, **kwargs):
    from .models import SearchEntry

    source = _source_for(sender)
    if source:
        SearchEntry.objects.filter(source=source.key, object_id=instance.pk).delete()


def _urls(obj):
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = obj.get_absolute_url()
    return urls


def index_object(source, pk):
    """(Re)build the entry of one item; removes it if the item is gone."""
    from .models import SearchEntry

    obj = source.queryset().filter(pk=pk).first()
    if obj is None:
        SearchEntry.objects.filter(source=source.key, object_id=pk).delete()
        return
    doc = source.document(obj)
    urls = _urls(obj)
    SearchEntry.objects.update_or_create(
        source=source.key, object_id=pk,
        defaults={
            "title_vi": doc["title_vi"][:400], "title_en": (doc.get("title_en") or "")[:400],
            "summary_vi": doc.get("summary_vi") or "", "summary_en": doc.get("summary_en") or "",
            "url_vi": urls["vi"], "url_en": urls["en"],
            "title_norm": normalise(f"{doc['title_vi']} {doc.get('title_en') or ''}"),
            "body_norm": normalise(" ".join(filter(None, [
                doc.get("summary_vi"), doc.get("summary_en"), doc.get("body")]))),
            "date": doc.get("date"),
            # Published items become visible at their publish date (scheduling); drafts never.
            "public_from": obj.publish_at if obj.status == obj.Status.PUBLISHED else None,
            "access": doc.get("access", "public"),
        },
    )
    # On PostgreSQL the vector is computed by a trigger (migration partnership_portal 0004).


def _update_vectors(queryset):
    from django.contrib.postgres.search import SearchVector

    queryset.update(
        vector=SearchVector("title_vi", "title_en", weight="A", config=PG_CONFIG)
        + SearchVector("body_norm", weight="B", config=PG_CONFIG)
    )


def rebuild(stdout=None):
    """Index everything again (after a deploy that changes what is indexed)."""
    from .models import SearchEntry

    total = 0
    for source in _sources.values():
        keep = []
        for obj in source.queryset().iterator():
            index_object(source, obj.pk)
            keep.append(obj.pk)
        SearchEntry.objects.filter(source=source.key).exclude(object_id__in=keep).delete()
        total += len(keep)
    return total


@dataclass
class IndexProblems:
    """What the index lacks, per source key: items with no entry, entries whose item is gone
    (or whose source is no longer registered), entries without a vector (PostgreSQL)."""

    missing: dict = field(default_factory=dict)  # key -> [object ids]
    stale: dict = field(default_factory=dict)  # key -> [object ids]
    no_vector: dict = field(default_factory=dict)  # key -> count

    def __bool__(self):
        return bool(self.missing or self.stale or self.no_vector)


def check_index():
    """Compare the index with the items of every registered source."""
    from .models import SearchEntry

    problems = IndexProblems()
    for key, source in _sources.items():
        items = set(source.queryset().order_by().values_list("pk", flat=True))
        entries = set(SearchEntry.objects.filter(source=key).values_list("object_id", flat=True))
        if missing := sorted(items - entries):
            problems.missing[key] = missing
        if stale := sorted(entries - items):
            problems.stale[key] = stale
    unknown = SearchEntry.objects.exclude(source__in=list(_sources))
    for key, object_id in unknown.values_list("source", "object_id"):
        problems.stale.setdefault(key, []).append(object_id)
    if connection.vendor == "postgresql":
        without = SearchEntry.objects.filter(vector__isnull=True).order_by()
        problems.no_vector = dict(without.values_list("source").annotate(n=Count("pk")))
    return problems


def repair_index(problems):
    """Index the missing items, drop the stale entries, compute the missing vectors."""
    from .models import SearchEntry

    for key, object_ids in problems.missing.items():
        for object_id in object_ids:
            index_object(_sources[key], object_id)
    for key, object_ids in problems.stale.items():
        SearchEntry.objects.filter(source=key, object_id__in=object_ids).delete()
    if problems.no_vector:
        _update_vectors(SearchEntry.objects.filter(vector__isnull=True))


@checks.register(checks.Tags.database)
def check_search_index_complete(app_configs=None, databases=None, **kwargs):
    """`manage.py check --database default` (and migrate) warns when the index is
    incomplete. Database checks only run when asked for, so page requests pay nothing."""
    from .models import SearchEntry

    if "default" not in (databases or ()):
        return []
    try:
        if SearchEntry._meta.db_table not in connection.introspection.table_names():
            return []  # before the first migrate
        problems = check_index()
    except DatabaseError:
        return []  # a source's table not migrated yet: migrate itself will say more
    if not problems:
        return []
    return [checks.Warning(
        "The search index is incomplete: "
        f"missing items: {sum(map(len, problems.missing.values()))}, "
        f"stale entries: {sum(map(len, problems.stale.values()))}, "
        f"entries without a vector: {sum(problems.no_vector.values())}.",
        hint="Run `manage.py check_search_index --repair`.",
        id="partnership_portal.W010",
    )]


def visible_access(user):
    return sorted(access.levels(user))


def _visible_entries(user):
    from .models import SearchEntry

    return SearchEntry.objects.filter(
        public_from__isnull=False, public_from__lte=timezone.now(),
        access__in=visible_access(user),
    )


@dataclass
class SearchResults:
    query: str
    terms: list
    entries: object  # queryset, ranked
    facets: list = field(default_factory=list)  # [(key, label, count)]


class SearchBackend:
    def matching(self, entries, terms):  # pragma: no cover - interface
        raise NotImplementedError

    def search(self, query, user, source=None):
        terms = query_terms(query)
        from .models import SearchEntry

        if not terms:
            return SearchResults(query, terms, SearchEntry.objects.none())
        matched = self.matching(_visible_entries(user), terms)
        counts = dict(matched.order_by().values_list("source").annotate(n=Count("pk")))
        facets = [(key, s.label, counts[key]) for key, s in _sources.items() if key in counts]
        if source:
            matched = matched.filter(source=source)
        return SearchResults(query, terms, matched, facets)


class WordMatchBackend(SearchBackend):
    """Every term must occur as a whole word in the title or text (either language). Ranks
    title matches first, then newer items. Portable: used on SQLite."""

    def matching(self, entries, terms):
        title_hits = Value(0)
        for term in terms:
            word = f" {term} "
            entries = entries.filter(Q(title_norm__contains=word) | Q(body_norm__contains=word))
            title_hits = title_hits + Case(When(title_norm__contains=word, then=1), default=0,
                                           output_field=IntegerField())
        return entries.annotate(score=title_hits).order_by(
            F("score").desc(), F("date").desc(nulls_last=True), "-pk")


class PostgresBackend(SearchBackend):
    """Full-text search (unaccent configuration, GIN index) ranked by weight A (titles) over
    B (texts) then date. Only when nothing matches exactly, trigram similarity on titles
    finds near-misses (typos such as "Azerbajan")."""

    def matching(self, entries, terms):
        from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity

        tsquery = SearchQuery(" & ".join(terms), config=PG_CONFIG, search_type="raw")
        exact = (
            entries.filter(vector=tsquery)
            .annotate(rank=SearchRank(F("vector"), tsquery, weights=[0.1, 0.2, 0.4, 1.0]))
            .order_by(F("rank").desc(), F("date").desc(nulls_last=True), "-pk")
        )
        if exact.exists():
            return exact
        phrase = " ".join(terms)
        # The `%>` operator (word similarity over pg_trgm.word_similarity_threshold, 0.6)
        # can use the trigram GIN index; the similarity itself only orders the few hits.
        return (
            entries.filter(title_norm__trigram_word_similar=phrase)
            .annotate(near=TrigramWordSimilarity(phrase, "title_norm"))
            .order_by(F("near").desc(), F("date").desc(nulls_last=True), "-pk")
        )


def backend():
    return PostgresBackend() if connection.vendor == "postgresql" else WordMatchBackend()


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=8192)
def _word_norm(word):
    # A results page highlights ~2,500 words, mostly the same few hundred: normalising each
    # once (NFD, a character loop and a regex) was half of the search page's time.
    return normalise(word).strip()


def highlight(text, terms):
    """Escape `text` and wrap words whose unaccented form starts with a query term in <mark>."""
    if not text:
        return ""
    text = str(text)
    out = []
    done = 0  # text[:done] is in `out`, escaped
    for match in _WORD.finditer(text):
        norm = _word_norm(match.group())
        if norm and any(norm == term or norm.startswith(term) and len(term) > 2
                        for term in terms):
            out.append(escape(text[done:match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            done = match.end()
    out.append(escape(text[done:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above
