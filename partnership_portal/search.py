"""Site-wide bilingual search, behind one small interface.

Apps register what is searchable (`register_source`) in their AppConfig.ready(); this module
keeps one `SearchEntry` row per item current through model signals (`check_index` and
`manage.py check_search_index --repair` find and fix what they missed; on PostgreSQL a
trigger computes each entry's vector), and answers queries with the backend for the database
in use:

* PostgreSQL: full-text search over the normalised words (tsvector weighted A title,
  B summary, C text; GIN index); when nothing matches, trigram similarity on titles finds
  near-misses (GIN trigram index).
* SQLite: the same hits from the normalised word columns (whole-word match); near-misses from
  difflib against the vocabulary of indexed title words.

Both rank with one rule (`_ranked`), written as portable SQL so the two give the same page:
a query of several words that occurs as a phrase returns only the items holding the phrase
("da nang" is not "đã ... nâng"); words typed with diacritics must be found with them
("Đà Nẵng" is not "đã nâng", `exact_words`); then phrase in the title, all words in the
title, phrase in the summary, all words in the summary; within a tier, the title that begins
with the words first, then newer items.

An external engine (e.g. OpenSearch) would implement `SearchBackend.search` the same way.
"""

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from html import escape as escape_html

from django.conf import settings
from django.core import checks
from django.db import DatabaseError, connection, transaction
from django.db.models import Count, F, IntegerField, Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from . import access
from .expressions import ColumnsExpression

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


# Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng). Written either on the first or the
# second vowel ("hoà", "hòa"); `marked` moves them after the word so both spellings agree.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_MARKED_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


def _marked_word(word):
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    letters = unicodedata.normalize("NFC", "".join(ch for ch in decomposed
                                                   if ch not in _TONE_MARKS))
    return letters + tones


def marked_words(text: str) -> list[str]:
    """'Hòa giải ở Đà Nẵng' -> ['hoà', 'giaỉ', 'ở', 'đà', 'năng̃']: lower case with the
    diacritics kept (each word's tone mark written last), for accent-exact matching."""
    return [_marked_word(word) for word in _MARKED_WORD.findall((text or "").lower())]


def marked(text: str) -> str:
    """The words of `text` as `marked_words`, separated and padded by single spaces."""
    words = marked_words(text)
    return f" {' '.join(words)} " if words else ""


def day_to_datetime(day):
    """A date as an aware datetime (noon, local time) for ordering hits; None stays None."""
    from datetime import datetime, time

    return timezone.make_aware(datetime.combine(day, time(12))) if day else None


def has_diacritics(query: str) -> bool:
    """True if the reader typed Vietnamese marks (or đ): "Đà Nẵng", not "da nang"."""
    decomposed = unicodedata.normalize("NFD", query)
    return "đ" in query.lower() or any(unicodedata.category(ch) == "Mn" for ch in decomposed)


def query_terms(query: str) -> list[str]:
    return normalise(query[:MAX_QUERY_LENGTH]).split()[:MAX_TERMS]


def _typed_phrase(query):
    words = marked_words(query[:MAX_QUERY_LENGTH])[:MAX_TERMS]
    return f" {' '.join(words)} "


def exact_words(query: str) -> list[str]:
    """The words of the query typed with diacritics, as `marked_words`: a reader who types
    "Đà Nẵng" means those words, not "đã … nâng" (the same letters once unaccented)."""
    words = marked_words(query[:MAX_QUERY_LENGTH])[:MAX_TERMS]
    return [word for word in words if has_diacritics(word)]


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
            "summary_norm": normalise(" ".join(filter(None, [
                doc.get("summary_vi"), doc.get("summary_en")]))),
            "body_norm": normalise(" ".join(filter(None, [
                doc.get("summary_vi"), doc.get("summary_en"), doc.get("body")]))),
            "marked_text": marked(" ".join(filter(None, [
                doc["title_vi"], doc.get("title_en"), doc.get("summary_vi"),
                doc.get("summary_en"), doc.get("body")]))),
            "date": doc.get("date"),
            # Published items become visible at their publish date (scheduling); drafts never.
            "public_from": obj.publish_at if obj.status == obj.Status.PUBLISHED else None,
            "public_until": obj.unpublish_at,  # scheduled unpublishing: gone from results then
            "access": doc.get("access", "public"),
        },
    )
    # On PostgreSQL the vector is computed by a trigger (migration partnership_portal 0005).


def _update_vectors(queryset):
    from django.contrib.postgres.search import SearchVector

    # The same expression as the trigger: the normalised columns, so PostgreSQL's words and
    # positions are exactly the SQLite fallback's.
    queryset.update(
        vector=SearchVector("title_norm", weight="A", config="simple")
        + SearchVector("summary_norm", weight="B", config="simple")
        + SearchVector("body_norm", weight="C", config="simple")
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

    now = timezone.now()
    return SearchEntry.objects.filter(
        Q(public_until__isnull=True) | Q(public_until__gt=now),
        public_from__isnull=False, public_from__lte=now,
        access__in=visible_access(user),
    )


@dataclass
class SearchResults:
    query: str
    terms: list
    entries: object  # queryset, ranked
    facets: list = field(default_factory=list)  # [(key, label, count)]
    phrase: bool = False  # the hits hold the query's words as a phrase (for highlighting)
    exact: list = field(default_factory=list)  # words typed with diacritics (`exact_words`)


class SearchBackend:
    """Match (`_all_words`, `_phrase`, `_near_misses`) differs per database; the ranking
    (`_ranked`) is shared, so both databases give the same order."""

    def search(self, query, user, source=None):
        terms = query_terms(query)
        from .models import SearchEntry

        if not terms:
            return SearchResults(query, terms, SearchEntry.objects.none())
        exact = exact_words(query)
        strict = len(terms) == 2 and not exact
        matched, phrase = self.matching(_visible_entries(user), terms, strict,
                                        typed=_typed_phrase(query) if exact else "",
                                        exact=exact)
        counts = dict(matched.order_by().values_list("source").annotate(n=Count("pk")))
        facets = [(key, s.label, counts[key]) for key, s in _sources.items() if key in counts]
        if source:
            matched = matched.filter(source=source)
        return SearchResults(query, terms, matched, facets, phrase, exact)

    def matching(self, entries, terms, strict=False, typed="", exact=()):
        """(entries, held as a phrase): items holding the phrase if any does (for several
        words), else every word; if nothing holds every word and a word is unknown to the
        titles, near-misses on titles.

        `strict` (two words typed without diacritics, such as "da nang"): without the phrase,
        only titles holding both words, since two short unaccented words are found apart in
        too many unrelated Vietnamese texts ("đã ... nâng").

        `exact` (the words typed with diacritics, `exact_words`): every hit also holds these
        words with their marks, in any case ("Đà Nẵng" is not "đã nâng"); the phrase is then
        the query as typed (`typed`, in `marked` form). The match itself stays on the
        unaccented words (index, ranking): the marks only drop candidates, a LIKE on the
        matched rows, the same on both databases."""
        if len(terms) > 1:
            phrase = self._phrase(entries, terms)
            if exact:
                phrase = phrase.filter(marked_text__contains=typed)
            if phrase.exists():
                return _ranked(phrase, terms), True
        matched = _holding(self._all_words(entries, terms), exact)
        if strict:
            matched = matched.filter(_contains_all("title_norm", terms))
        if matched.exists():
            return _ranked(matched, terms), False
        if all(term in _title_vocabulary() for term in terms):
            # Known words that are not together anywhere: no typo to forgive ("da nang" is
            # not "dam nang").
            return entries.none(), False
        # Near-misses forgive typos in the unaccented words only: marked words are exact.
        return _holding(self._near_misses(entries, terms), exact), False

    def _all_words(self, entries, terms):  # pragma: no cover - interface
        raise NotImplementedError

    def _phrase(self, entries, terms):  # pragma: no cover - interface
        raise NotImplementedError

    def _near_misses(self, entries, terms):  # pragma: no cover - interface
        raise NotImplementedError


def _holding(entries, exact):
    """Entries whose text holds each of the `exact` words with its marks."""
    return entries.filter(_contains_all("marked_text", exact)) if exact else entries


def _contains_all(column, terms):
    return Q(*[Q(**{f"{column}__contains": f" {term} "}) for term in terms])


class SearchRank(ColumnsExpression):
    """The shared order's first two keys as one integer: twice the score (phrase in the title
    8, all words in the title 4, phrase in the summary 2, all words in the summary 1, summed),
    plus 1 when the title opens with the phrase (within its first 30 characters: the item is
    about it). Higher first is the score first, then the opening, since the opening is 0 or 1.

    Written as SQL in one piece: as Case/When over `contains` lookups (four tiers) it was the
    search page's costliest query to build, over a millisecond. A substring test is INSTR or
    STRPOS, not LIKE: the normalised texts and the terms are lower-case letters, digits and
    spaces, so both say the same, and SQLite's LIKE (a pattern matcher that folds case) took
    half as long again to rank 16,000 hits."""

    output_field = IntegerField()

    def __init__(self, terms):
        super().__init__()
        self.terms = tuple(terms)

    def column_names(self):
        return ("title_norm", "summary_norm")

    def as_sql(self, compiler, connection):
        title, summary = (compiler.compile(column)[0] for column in self.columns)
        position = "STRPOS" if connection.vendor == "postgresql" else "INSTR"
        phrase = f" {' '.join(self.terms)} "

        def holds(column, texts):
            return " AND ".join(f"{position}({column}, %s) > 0" for _text in texts), list(texts)

        words = [f" {term} " for term in self.terms]
        tiers, params = [], []
        for column, texts, points in ((title, [phrase], 8), (title, words, 4),
                                      (summary, [phrase], 2), (summary, words, 1)):
            condition, values = holds(column, texts)
            tiers.append(f"CASE WHEN {condition} THEN {points} ELSE 0 END")
            params += values
        sql = (f"(({' + '.join(tiers)}) * 2"
               f" + CASE WHEN {position}({title}, %s) BETWEEN 1 AND 30 THEN 1 ELSE 0 END)")
        return sql, [*params, phrase]


def _ranked(entries, terms):
    """The shared order: `SearchRank`, then newest. Plain CASE/LIKE/INSTR, evaluated on the
    matched rows only."""
    return entries.order_by(SearchRank(terms).desc(), F("date").desc(nulls_last=True),
                            "source", "-object_id")


class WordMatchBackend(SearchBackend):
    """Whole-word matches in the normalised title or text (either language). Portable: used
    on SQLite."""

    def _all_words(self, entries, terms):
        for term in terms:
            word = f" {term} "
            entries = entries.filter(Q(title_norm__contains=word) | Q(body_norm__contains=word))
        return entries

    def _phrase(self, entries, terms):
        phrase = f" {' '.join(terms)} "
        return entries.filter(Q(title_norm__contains=phrase) | Q(body_norm__contains=phrase))

    def _near_misses(self, entries, terms):
        """Each word not in the titles' vocabulary is replaced by its close matches (difflib,
        ratio >= 0.8); titles holding a candidate for every word, newest first."""
        vocabulary = _title_vocabulary()  # a list: difflib wants a sequence
        condition = Q()
        for term in terms:
            candidates = ([term] if term in vocabulary else
                          difflib.get_close_matches(term, vocabulary, n=3, cutoff=0.8))
            if not candidates:
                return entries.none()
            either = Q()
            for word in candidates:
                either |= Q(title_norm__contains=f" {word} ")
            condition &= either
        return entries.filter(condition).order_by(F("date").desc(nulls_last=True), "source",
                                                  "-object_id")


def _title_vocabulary():
    """Every word of the indexed titles, cached per content version (and entry count, which
    catches index writes that land just after the version moved)."""
    from django.core.cache import cache

    from .models import SearchEntry
    from .pagecache import content_version

    key = f"search:vocabulary:{content_version()}:{SearchEntry.objects.count()}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        words = set()
        for title in SearchEntry.objects.values_list("title_norm", flat=True).iterator():
            words.update(title.split())
        vocabulary = sorted(words)
        cache.set(key, vocabulary, 3600)
    return vocabulary


class PostgresBackend(SearchBackend):
    """Full-text search over the normalised words (GIN index): `&` for every word, `<->` for
    the phrase within one field (title A, text C; the summary B is part of the text). Only
    when nothing matches, trigram similarity on titles finds near-misses ("Azerbajan")."""

    @staticmethod
    def _tsquery(text):
        from django.contrib.postgres.search import SearchQuery

        # Terms are [a-z0-9]+ (normalise), so they are safe in a raw tsquery.
        return SearchQuery(text, config="simple", search_type="raw")

    def _all_words(self, entries, terms):
        return entries.filter(vector=self._tsquery(" & ".join(terms)))

    def _phrase(self, entries, terms):
        within = [" <-> ".join(f"{term}:{weight}" for term in terms) for weight in "AC"]
        return entries.filter(vector=self._tsquery(" | ".join(f"({p})" for p in within)))

    def _near_misses(self, entries, terms):
        from django.contrib.postgres.search import TrigramWordSimilarity

        phrase = " ".join(terms)
        # The `%>` operator (word similarity over pg_trgm.word_similarity_threshold, 0.6)
        # can use the trigram GIN index; the similarity itself only orders the few hits.
        return (
            entries.filter(title_norm__trigram_word_similar=phrase)
            .annotate(near=TrigramWordSimilarity(phrase, "title_norm"))
            .order_by(F("near").desc(), F("date").desc(nulls_last=True), "source", "-object_id")
        )


def backend():
    return PostgresBackend() if connection.vendor == "postgresql" else WordMatchBackend()


@functools.lru_cache(maxsize=8192)
def _word_norm(word):
    # A results page highlights ~2,500 words, mostly the same few hundred: normalising each
    # once (NFD, a character loop and a regex) was half of the search page's time.
    return normalise(word).strip()


def highlight(text, terms, phrase=False, exact=()):
    """Escape `text` and wrap in <mark> what the search matched, comparing unaccented whole
    words: with `phrase` (the hits hold the query as a phrase), only the runs of words that
    spell the query's words in order; otherwise the words equal to a query word. "tuong tro"
    marks "tương trợ", never "trọng" nor a lone "tướng". A word typed with diacritics
    (`exact`, as `exact_words`) marks only itself: "Đà Nẵng" never marks "đã nâng"."""
    if not text:
        return ""
    pieces = re.split(r"(\w+)", str(text))
    norms = {i: _word_norm(piece) for i, piece in enumerate(pieces) if i % 2}
    if exact:
        spellings = {}  # unaccented word -> the marked spellings the reader typed
        for word in exact:
            spellings.setdefault(_word_norm(word), set()).add(word)
        for i, norm in norms.items():
            if norm in spellings and _marked_word(pieces[i].lower()) not in spellings[norm]:
                norms[i] = "\0"  # same letters, other marks: a word, but not a query word
    marked = set()
    if phrase and len(terms) > 1:
        words = [i for i, norm in norms.items() if norm]
        for start in range(len(words) - len(terms) + 1):
            run = words[start:start + len(terms)]
            if [norms[i] for i in run] == list(terms):
                marked.update(run)
    else:
        marked = {i for i, norm in norms.items() if norm and norm in terms}
    # Escaped a run of pieces at a time (escaping commutes with joining), with the stdlib's
    # escape (what Django's wraps): a lazy-aware escape() per piece was a quarter of the page.
    out, start = [], 0
    for i in sorted(marked):
        out += [escape_html("".join(pieces[start:i])), f"<mark>{escape_html(pieces[i])}</mark>"]
        start = i + 1
    out.append(escape_html("".join(pieces[start:])))
    return mark_safe(_join_marks("".join(out)))  # noqa: S308 - every piece is escaped above


def _join_marks(html):
    # "<mark>tương</mark> <mark>trợ</mark>" reads as one mark: "<mark>tương trợ</mark>".
    return re.sub(r"</mark>(\s+)<mark>", r"\1", html)


def snippet(text, limit=300):
    """At most `limit` characters of `text`, cut at a word boundary, with "…" when cut."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    head = cut.rsplit(" ", 1)[0] if " " in cut else text[:limit]
    return head.rstrip(" ,;:.-–—(") + "…"
