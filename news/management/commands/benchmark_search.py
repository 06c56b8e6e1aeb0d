"""Search benchmark (PostgreSQL or SQLite): bulk-loads synthetic bilingual news posts and
agreements, indexes them, and records timings and EXPLAIN plans for representative queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python manage.py benchmark_search --output benchmarks/search.md

On SQLite point DATABASE_URL at a throwaway file (sqlite:////tmp/bench.sqlite3, migrated).
Use a throwaway database: the command refuses to run on one that already has content.
It lives in news, the app whose posts it mostly loads (news may import cooperation; the core
imports no app).
"""

import random
import statistics
import time
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from cooperation.models import Agreement
from news.models import Category, Post
from partnership_portal import search
from partnership_portal.models import SearchEntry

QUERIES = ["hop tac phap luat", "Lào", "Azerbaijan", "tuong tro tu phap", "Azerbajan",
           "da nang"]
WORDS_VI = ("hợp tác pháp luật tư pháp tương trợ dân sự hình sự hội thảo diễn đàn đào tạo "
            "cán bộ trợ giúp pháp lý hòa giải cơ sở thi hành án công chứng luật sư đoàn công tác "
            "bản ghi nhớ chương trình kế hoạch thỏa thuận nâng cao hiệu quả cải cách").split()
WORDS_EN = ("legal cooperation justice mutual assistance civil criminal workshop forum training "
            "legal aid conciliation enforcement notary lawyer delegation memorandum programme "
            "plan agreement effectiveness reform").split()
COUNTRIES = [("Lào", "Laos"), ("A-déc-bai-gian", "Azerbaijan"), ("Cu-ba", "Cuba"),
             ("Ác-hen-ti-na", "Argentina"), ("Nhật Bản", "Japan"), ("Pháp", "France"),
             ("Hung-ga-ri", "Hungary"), ("Ấn Độ", "India")]


def sentence(rng, words, n):
    return " ".join(rng.choice(words) for _ in range(n))


class Command(BaseCommand):
    help = "Benchmark site search with 10,000 posts and 2,000 agreements."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=10_000)
        parser.add_argument("--agreements", type=int, default=2_000)
        parser.add_argument("--runs", type=int, default=7)
        parser.add_argument("--output", default="")

    def handle(self, *args, **options):
        if Post.objects.exists() or Agreement.objects.exists():
            raise CommandError("Use an empty throwaway database: this one has content.")
        rng = random.Random(954)
        started = time.perf_counter()
        self.load(rng, options["posts"], options["agreements"])
        loaded = time.perf_counter() - started
        report = [
            f"# Search benchmark ({connection.vendor})", "",
            f"- rows: {options['posts']} news posts, {options['agreements']} agreements "
            f"({SearchEntry.objects.count()} index entries)",
            f"- {connection.vendor} {self.db_version()}; load and index time: {loaded:.1f} s",
            f"- each figure: median of {options['runs']} runs of the search the page makes "
            "(facet counts + first page of 20), after one warm-up run", "",
            "| query | hits | median ms | max ms |", "| --- | ---: | ---: | ---: |",
        ]
        plans = []
        user = type("Anon", (), {"is_authenticated": False, "is_active": False,
                                 "is_staff": False})()
        for query in QUERIES:
            timings, hits = [], 0
            for run in range(options["runs"] + 1):
                t0 = time.perf_counter()
                results = search.backend().search(query, user)
                hits = sum(count for _k, _l, count in results.facets)
                list(results.entries[:20])
                if run:
                    timings.append((time.perf_counter() - t0) * 1000)
            report.append(f"| `{query}` | {hits} | {statistics.median(timings):.1f} | "
                          f"{max(timings):.1f} |")
            if connection.vendor == "postgresql":
                plan = results.entries[:20].explain(analyze=True)
            else:
                plan = results.entries[:20].explain()
            plans.append(f"### `{query}`\n\n```\n{plan}\n```\n")
        text = "\n".join(report) + "\n\n## EXPLAIN ANALYZE of the first page\n\n" + "\n".join(plans)
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                handle.write(text)
        self.stdout.write(text)

    def db_version(self):
        if connection.vendor == "postgresql":
            return connection.pg_version
        import sqlite3

        return sqlite3.sqlite_version

    @transaction.atomic
    def load(self, rng, post_count, agreement_count):
        category = Category.objects.create(name_vi="Hoạt động", name_en="Activities",
                                           slug_vi="hoat-dong", slug_en="activities")
        now = timezone.now()
        posts = []
        for i in range(post_count):
            country_vi, country_en = rng.choice(COUNTRIES)
            posts.append(Post(
                title_vi=f"{sentence(rng, WORDS_VI, 6)} {country_vi} {i}",
                title_en=f"{sentence(rng, WORDS_EN, 5)} {country_en} {i}",
                summary_vi=sentence(rng, WORDS_VI, 25), summary_en=sentence(rng, WORDS_EN, 22),
                body_vi=f"<p>{sentence(rng, WORDS_VI, 180)}</p>",
                body_en=f"<p>{sentence(rng, WORDS_EN, 160)}</p>",
                slug_vi=f"tin-{i}", slug_en=f"post-{i}", slug=f"tin-{i}", category=category,
                status=Post.Status.PUBLISHED, publish_at=now - timedelta(hours=i),
            ))
        Post.objects.bulk_create(posts, batch_size=1000)
        agreements = []
        for i in range(agreement_count):
            country_vi, country_en = rng.choice(COUNTRIES)
            agreements.append(Agreement(
                title_vi=f"Bản ghi nhớ {sentence(rng, WORDS_VI, 5)} với {country_vi} {i}",
                title_en=f"Memorandum on {sentence(rng, WORDS_EN, 4)} with {country_en} {i}",
                summary_vi=sentence(rng, WORDS_VI, 30), summary_en=sentence(rng, WORDS_EN, 26),
                kind="mou", nature="non_binding", slug_vi=f"tt-{i}", slug_en=f"ag-{i}",
                slug=f"tt-{i}", status=Agreement.Status.PUBLISHED,
                publish_at=now - timedelta(days=i),
            ))
        Agreement.objects.bulk_create(agreements, batch_size=1000)
        # Index in bulk (the site indexes one item at a time on save).
        entries = []
        sources = search.sources()
        for key, model in (("news", Post), ("agreements", Agreement)):
            source = sources[key]
            for obj in source.queryset().filter(pk__in=model.objects.values("pk")):
                doc = source.document(obj)
                urls = {"vi": f"/vi/{key}/{obj.slug_vi}/", "en": f"/en/{key}/{obj.slug_en}/"}
                entries.append(SearchEntry(
                    source=key, object_id=obj.pk, title_vi=doc["title_vi"],
                    title_en=doc["title_en"] or "", summary_vi=doc.get("summary_vi") or "",
                    summary_en=doc.get("summary_en") or "", url_vi=urls["vi"], url_en=urls["en"],
                    title_norm=search.normalise(f"{doc['title_vi']} {doc['title_en']}"),
                    summary_norm=search.normalise(
                        f"{doc.get('summary_vi') or ''} {doc.get('summary_en') or ''}"),
                    body_norm=search.normalise(" ".join(filter(None, [
                        doc.get("summary_vi"), doc.get("summary_en"), doc.get("body")]))),
                    marked_text=search.marked(" ".join(filter(None, [
                        doc["title_vi"], doc["title_en"], doc.get("summary_vi"),
                        doc.get("summary_en"), doc.get("body")]))),
                    date=doc.get("date"), public_from=obj.publish_at,
                    access=doc.get("access", "public"),
                ))
        SearchEntry.objects.bulk_create(entries, batch_size=1000)
        if connection.vendor == "postgresql":
            search._update_vectors(SearchEntry.objects.all())
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE partnership_portal_searchentry")
