"""Page benchmark: throughput of every public page type under gunicorn, as a ratio of a bare
Django view of similar size (benchmarks/bare.py) served the same way, and SQL queries per page.
Each page is measured twice: with the reader page cache off (DJANGO_PAGE_CACHE_SECONDS=0, what
every first visit and every visit after an edit costs) and on (the default).

Run by scripts/benchmark-pages, which prepares a throwaway database with the demo content:

    python -m benchmarks.pages --output benchmarks/pages.md [--quick] [--large]

Rounds alternate between the uncached site, the bare view and the cached site, page by page,
so a machine that gets busier or quieter during the run moves all figures of a round alike.
Only 127.0.0.1 is used.
"""

import argparse
import collections
import http.client
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 8
WORKERS = 2  # per gunicorn server: one per core of the machine the figures were taken on
# Issue 11: page req/s as a share of the bare view's.
TARGET_UNCACHED, TARGET_CACHED = 0.10, 0.60


def page_urls():
    """One address per public page type, in Vietnamese (the default language)."""
    from django.urls import reverse
    from django.utils import translation

    from cooperation.models import Agreement
    from documents.models import Access, Document
    from forums.models import Event
    from news.models import Post

    def first(queryset):
        item = queryset.published().order_by("-publish_at", "-pk").first()
        if item is None:
            raise SystemExit(f"No published {queryset.model.__name__}: load the demo first.")
        return item.get_absolute_url()

    with translation.override("vi"):
        register = reverse("cooperation:agreements")
        return {
            "home": reverse("home"),
            "news list": reverse("news:list"),
            "news detail": first(Post.objects),
            "register": register,
            "register in force on": f"{register}?on=2020-06-01",
            "agreement": first(Agreement.objects),
            "partner": benchmarked_partner().get_absolute_url(),
            "overview": reverse("cooperation:overview"),
            "events": reverse("forums:list"),
            "event": first(Event.objects),
            "documents": reverse("documents:list"),
            "document": first(Document.objects.filter(access=Access.PUBLIC)),
            "search": reverse("search") + "?q=hop+tac",
            # Not HTML, but a page readers subscribe to: bounded to the past 12 months.
            "calendar": reverse("forums:calendar"),
        }


def benchmarked_partner():
    """The published partner with the most agreements (the demo's busiest partner page; the
    large data set adds its items to this one)."""
    from django.db.models import Count

    from cooperation.models import Partner

    return (Partner.objects.published().annotate(n=Count("agreements"))
            .order_by("-n", "pk").first())


def count_queries(urls):
    """Queries, HTML size and milliseconds of one request in this process (median of three,
    so without the load generator) for each page, as an anonymous reader's warm visit with the
    page cache off (a cache hit would count no queries and no rendering)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    measured = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in urls.items():
            client.get(url)
            with CaptureQueriesContext(connection) as context:
                response = client.get(url)
            queries = len(context.captured_queries)  # before the next request resets the log
            if response.status_code != 200:
                raise SystemExit(f"{name} ({url}) answered {response.status_code}")
            timings = []
            for _ in range(3):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            measured[name] = (queries, len(response.content), statistics.median(timings))
    return measured


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(settings_module, app, log, **environ):
    port = free_port()
    process = subprocess.Popen(
        # The production settings (one write for headers and body) for the site and the bare
        # view alike: served the same way.
        [str(Path(sys.executable).parent / "gunicorn"), app, "--bind", f"127.0.0.1:{port}",
         "--workers", str(WORKERS), "--error-logfile", "-",
         "--config", "python:partnership_portal.gunicorn_conf"],
        cwd=ROOT, env={**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **environ},
        stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn for {settings_module} exited") from None
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"gunicorn for {settings_module} did not start")


def load(port, url, seconds):
    """Requests per second answered 200 to CONNECTIONS readers (threads) asking for url for
    `seconds`, how many requests failed (timed out, cut off or not 200), and how many 200
    answers carried each X-Page-Cache value ("" when absent)."""
    done, failures, lock = [0], [0], threading.Lock()
    cache_states = collections.Counter()
    deadline = time.monotonic() + seconds

    def reader():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        ok = bad = 0
        states = collections.Counter()
        while time.monotonic() < deadline:
            try:
                connection.request("GET", url, headers={"Accept-Encoding": "identity"})
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    ok += 1
                    states[response.getheader("X-Page-Cache", "")] += 1
                else:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                connection.close()  # reopened by the next request
        with lock:
            done[0] += ok
            failures[0] += bad
            cache_states.update(states)

    started = time.monotonic()
    threads = [threading.Thread(target=reader, daemon=True) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0] / (time.monotonic() - started), failures[0], cache_states


def load_large(posts=10_000, agreements=2_000, events=2_000, documents=2_000):
    """Bulk-create synthetic published items linked to the demo's categories and kinds, then
    index them (the site indexes one item at a time on save; bulk_create sends no signals)."""
    from django.db import transaction
    from django.utils import timezone

    from cooperation.models import Agreement, Signature
    from cooperation.status import recompute_agreement_dates
    from documents.models import Access, Document, DocumentKind
    from forums.models import Event, EventOrganiser
    from news.models import Category, Post
    from partnership_portal import search

    now = timezone.now()
    category = Category.objects.order_by("pk").first()
    kind = DocumentKind.objects.order_by("pk").first()
    text_vi = "Hợp tác pháp luật, tương trợ tư pháp và trợ giúp pháp lý với các đối tác. " * 4
    text_en = "Legal cooperation, mutual legal assistance and legal aid with partners. " * 4
    common = {"status": "published"}
    with transaction.atomic():
        Post.objects.bulk_create([Post(
            title_vi=f"Tin hợp tác pháp luật số {i}", title_en=f"Legal cooperation news {i}",
            summary_vi=text_vi, summary_en=text_en, body_vi=f"<p>{text_vi * 5}</p>",
            body_en=f"<p>{text_en * 5}</p>", slug_vi=f"tin-lon-{i}", slug_en=f"large-post-{i}",
            slug=f"tin-lon-{i}", category=category, publish_at=now - timedelta(hours=i + 1),
            **common) for i in range(posts)], batch_size=1000)
        Agreement.objects.bulk_create([Agreement(
            title_vi=f"Bản ghi nhớ hợp tác số {i}", title_en=f"Memorandum of cooperation {i}",
            summary_vi=text_vi, summary_en=text_en, kind="mou", nature="non_binding",
            level="ministry", slug_vi=f"ban-ghi-nho-lon-{i}", slug_en=f"memorandum-{i}",
            slug=f"ban-ghi-nho-lon-{i}", publish_at=now - timedelta(days=i + 1),
            valid_from=date(2015, 1, 1) + timedelta(days=i), **common)
            for i in range(agreements)], batch_size=1000)
        Event.objects.bulk_create([Event(
            kind="seminar", title_vi=f"Hội thảo chuyên đề số {i}",
            title_en=f"Thematic seminar {i}", summary_vi=text_vi, summary_en=text_en,
            # One a week, four still to come: 2,000 events are some 38 years of the Group's
            # calendar (it holds a forum a year and a seminar a quarter, with delegations).
            start=now - timedelta(weeks=i - 4), end=now - timedelta(weeks=i - 4, hours=-3),
            slug_vi=f"hoi-thao-lon-{i}", slug_en=f"seminar-{i}", slug=f"hoi-thao-lon-{i}",
            publish_at=now - timedelta(days=i + 60), **common)
            for i in range(events)], batch_size=1000)
        Document.objects.bulk_create([Document(
            title_vi=f"Báo cáo hợp tác số {i}", title_en=f"Cooperation report {i}",
            description_vi=text_vi, description_en=text_en, kind=kind,
            issued_on=date(2010, 1, 1) + timedelta(days=i), year=2010 + i % 15,
            access=Access.PUBLIC, slug_vi=f"bao-cao-lon-{i}", slug_en=f"report-{i}",
            slug=f"bao-cao-lon-{i}", publish_at=now - timedelta(days=i + 1), **common)
            for i in range(documents)], batch_size=1000)
        # The benchmarked partner is a party to every synthetic agreement, organises every
        # synthetic event and is tagged on every post: its page has thousands of items to bound.
        partner = benchmarked_partner()
        synthetic = list(Agreement.objects.filter(slug__startswith="ban-ghi-nho-lon-"))
        partner.agreements.add(*synthetic)
        # Signed by their one party on the day their period starts: concluded, and in force.
        Signature.objects.bulk_create([
            Signature(agreement=agreement, party=partner, date=agreement.valid_from)
            for agreement in synthetic], batch_size=1000)
        recompute_agreement_dates([agreement.pk for agreement in synthetic])
        partner.news_posts.add(*Post.objects.filter(slug__startswith="tin-lon-"))
        EventOrganiser.objects.bulk_create([
            EventOrganiser(event=event, partner=partner)
            for event in Event.objects.filter(slug__startswith="hoi-thao-lon-")], batch_size=1000)
    print(f"Indexing {search.rebuild()} items for search...", flush=True)
    # A production database has statistics (autovacuum): without them PostgreSQL plans the
    # freshly loaded tables blind (the partner page's queries took 286 ms instead of 44).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def table(results, measured, rounds, seconds, large, database, cache, loads):
    data = "demo content"
    if large:
        data += " + 10,000 posts, 2,000 agreements, 2,000 events and 2,000 documents"
    lines = [
        "# Page benchmark", "",
        f"- targets (issue 11): uncached ratio >= {TARGET_UNCACHED:.2f}, cached ratio >= "
        f"{TARGET_CACHED:.2f}; a figure below its target is marked with *",
        f"- data: {data}; database: {database}; page cache: {cache}",
        f"- servers: gunicorn, {WORKERS} sync workers each, DEBUG off, 127.0.0.1: the site "
        "with the page cache off (DJANGO_PAGE_CACHE_SECONDS=0), the site as configured "
        f"(cache on), the bare view; {CONNECTIONS} concurrent readers (Python threads, "
        "http.client; gunicorn's sync workers close each connection)",
        f"- {rounds} round(s) of {seconds:g} s per page and server, alternating uncached "
        "site, bare view, cached site (benchmarks/bare.py: a Django view rendering a "
        f"{measured['_bare'][1] // 1024} KB template, no middleware, no database)",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load generator on the same machine; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average (1 min) "
        f"{min(loads):.1f}–{max(loads):.1f} during the run (other work on the machine slows "
        "the site and the bare view alike, but makes every figure noisier)",
        "- ratio: median over rounds of (site req/s ÷ bare req/s in the same round); range: "
        "the lowest and highest uncached ratio of the rounds (how much this machine's noise "
        "moves one figure: a page whose range spans the target may land on either side of it "
        "in another run); queries, "
        "size and ms: an anonymous reader's warm visit (Vietnamese) with the page cache off, "
        "through Django's test client in one process, ms the median of three; hits: share of "
        "the cached site's 200 answers under load that carried `X-Page-Cache: hit`; failed: "
        "requests of any server that timed out (120 s) or were cut off (gunicorn kills a "
        "worker after 30 s)",
        "",
        "| page | uncached ratio | range | cached ratio | queries | HTML KB | ms "
        "| uncached req/s | cached req/s | bare req/s | hits | failed |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]

    def ratio(values, target):
        value = statistics.median(values)
        return f"{value:.3f}{'' if value >= target else '*'}"

    for name, result in results.items():
        queries, size, ms = measured[name]
        answered = sum(result["cached states"].values())
        hits = result["cached states"]["hit"] / answered if answered else 0
        lines.append(
            f"| {name} | {ratio(result['uncached ratios'], TARGET_UNCACHED)} "
            f"| {min(result['uncached ratios']):.3f}–{max(result['uncached ratios']):.3f} "
            f"| {ratio(result['cached ratios'], TARGET_CACHED)} | {queries} "
            f"| {size / 1024:.0f} | {ms:.0f} | {statistics.median(result['uncached']):.1f} "
            f"| {statistics.median(result['cached']):.0f} "
            f"| {statistics.median(result['bare']):.0f} | {hits:.0%} | {result['failed']} |")
    lines += ["", "Reading the figures: a ratio near 1 means the page costs about what Django "
              "costs to render the same amount of HTML; a low ratio with few queries means the "
              "time goes to Python (templates, building SQL), and the ms column says how much "
              "per request without any load. A cached ratio above 1 is possible: a hit skips "
              "rendering, which the bare view does on every request."]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="")
    parser.add_argument("--quick", action="store_true", help="one short round per page")
    parser.add_argument("--large", action="store_true", help="bulk-load a large data set")
    options = parser.parse_args()
    # Five rounds: with three, a page's median moved by up to a quarter between runs here.
    rounds, seconds = (1, 1.0) if options.quick else (5, 3.0)

    # Stopped from outside: still stop the servers (the finally clause below).
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(1))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnership_portal.settings")
    django.setup()
    from django.conf import settings
    from django.db import connection

    if options.large:
        load_large()
    urls = page_urls()
    measured = count_queries(urls)
    if connection.vendor == "postgresql":
        database = f"PostgreSQL {connection.pg_version // 10000}"
    else:
        database = f"SQLite {connection.Database.sqlite_version}"
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend == "LocMemCache":
        backend += " (one per worker process)"
    cache = f"{backend}, {settings.PAGE_CACHE_SECONDS} s"
    connection.close()  # the servers open their own

    log = open(os.environ.get("BENCH_LOG", os.devnull), "a")  # noqa: SIM115
    servers = []
    loads = [os.getloadavg()[0]]
    try:
        uncached, uncached_port = start_server(
            "partnership_portal.settings", "partnership_portal.wsgi", log,
            DJANGO_PAGE_CACHE_SECONDS="0")
        servers.append(uncached)
        cached, cached_port = start_server(
            "partnership_portal.settings", "partnership_portal.wsgi", log)
        servers.append(cached)
        bare, bare_port = start_server(
            "benchmarks.bare", "django.core.wsgi:get_wsgi_application()", log)
        servers.append(bare)
        bare_size = len(_get(bare_port, "/"))
        measured["_bare"] = (0, bare_size, 0)
        results = {}
        for name, url in urls.items():
            # Every worker has loaded this page's templates and, when caching, most have
            # stored the page (LocMemCache is per process); misses left show in "hits".
            for _ in range(WORKERS * 2):
                _get(uncached_port, url)
                _get(cached_port, url)
            result = {"uncached": [], "cached": [], "bare": [], "uncached ratios": [],
                      "cached ratios": [], "failed": 0,
                      "cached states": collections.Counter()}
            for _ in range(rounds):
                for key, port, page in (("uncached", uncached_port, url), ("bare", bare_port, "/"),
                                        ("cached", cached_port, url)):
                    rps, failed, states = load(port, page, seconds)
                    loads.append(os.getloadavg()[0])
                    result[key].append(rps)
                    result["failed"] += failed
                    if key == "cached":
                        result["cached states"].update(states)
                    elif key == "uncached" and states["hit"]:
                        raise SystemExit("The uncached server answered from the page cache.")
                result["uncached ratios"].append(result["uncached"][-1] / result["bare"][-1])
                result["cached ratios"].append(result["cached"][-1] / result["bare"][-1])
            results[name] = result
            answered = sum(result["cached states"].values()) or 1
            print(f"{name:22} uncached {statistics.median(result['uncached ratios']):.3f}  "
                  f"cached {statistics.median(result['cached ratios']):.3f}  "
                  f"hits {result['cached states']['hit'] / answered:.0%}  "
                  f"queries {measured[name][0]}", flush=True)
    finally:
        for process in servers:
            process.terminate()
        for process in servers:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
    text = table(results, measured, rounds, seconds, options.large, database, cache, loads)
    if options.output:
        Path(options.output).write_text(text, encoding="utf-8")
    print(text)


def _get(port, url):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", url)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{url} answered {response.status} under gunicorn")
    return body


if __name__ == "__main__":
    main()
