"""Home, news list and a news item, in both languages: valid HTML (Nu Html Checker, the
vnu-jar npm package) and no axe-core violations in a real browser."""

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from documents.models import Access
from tests.factories import (
    AgreementDocumentFactory,
    AgreementFactory,
    AgreementLinkFactory,
    AreaFactory,
    CooperationNeedFactory,
    DocumentFactory,
    DocumentFileFactory,
    EventFactory,
    EventOrganiserFactory,
    EventPersonFactory,
    PageFactory,
    PartnerOrganisationFactory,
    PostFactory,
    sign,
)

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(category):
    PageFactory()
    post = PostFactory(
        category=category,
        featured=True,
        title_vi="Đoàn công tác sang Lào",
        title_en="Working delegation to Laos",
        body_vi="<h2>Kết quả</h2><p>Hai bên thống nhất <strong>chương trình</strong>.</p>",
        body_en="<h2>Results</h2><p>Both sides agreed a <strong>programme</strong>.</p>",
    )
    PostFactory.create_batch(3, category=category)
    untranslated = PostFactory(
        category=category, title_vi="Chỉ có tiếng Việt", title_en="", summary_en="", body_en=""
    )
    public = DocumentFileFactory(document=DocumentFactory(title_vi="Bản tin quý III/2020")).document
    locked = DocumentFileFactory(document=DocumentFactory(access=Access.PARTNERS)).document
    post.documents.set([public, locked])
    paths = ["/vi/", "/en/", "/vi/tin-tuc/", "/en/news/", "/vi/gioi-thieu/", "/en/about/",
             "/vi/tai-lieu/", "/en/documents/?kind=nope", "/en/documents/quarterly-reports/",
             "/vi/tai-khoan/dang-nhap/", "/en/account/password/reset/", "/en/no-such-page/"]
    for document in (public, locked):
        with translation.override("vi"):
            paths.append(document.get_absolute_url())
    moj = PartnerOrganisationFactory(name_vi="Bộ Tư pháp", kind="vn_agency", country="VN")
    laos = PartnerOrganisationFactory(name_vi="Bộ Tư pháp Lào", kind="ministry", country="LA")
    old = AgreementFactory(parties=[moj, laos], title_vi="Hiệp định tương trợ tư pháp 1998")
    sign(old, moj, date(1998, 1, 6), date_precision="year")
    sign(old, laos, date(1998, 1, 6), date_precision="year")
    new = AgreementFactory(parties=[moj, laos], valid_from=date(2021, 1, 1),
                           valid_until=date(2025, 12, 31))
    sign(new, moj, date(2020, 12, 1), date_precision="month")
    sign(new, laos, date(2020, 12, 1), date_precision="month")
    AgreementLinkFactory(source=new, kind="partly_replaces", target=old)
    AgreementDocumentFactory(agreement=new, document=public, authentic=True)
    area = AreaFactory(slug="legal-aid", name_vi="Trợ giúp pháp lý", name_en="Legal aid")
    need = CooperationNeedFactory(title_vi="Số hóa trợ giúp pháp lý", title_en="Digital legal aid",
                                  agency=moj, area=area)
    event = EventFactory(kind="annual_forum", title_vi="Diễn đàn đối tác pháp luật 2024")
    EventOrganiserFactory(event=event, partner=laos)
    EventPersonFactory(event=event, role="chair", name="Nguyễn Thanh Tịnh")
    event.documents.add(locked)
    for code in ("vi", "en"):
        with translation.override(code):
            paths.append(event.get_absolute_url())
    paths += ["/vi/dien-dan/", "/en/forums/?year=20x0", "/en/forums/annual-forum/"]
    from partnership_portal import search

    search.rebuild()
    paths += ["/vi/tim-kiem/?q=hop+tac", "/en/search/?q=L%C3%A0o", "/en/search/?q=%3Cb%3E"]
    paths += ["/vi/hop-tac/", "/en/cooperation/agreements/?year=20x0",
              "/en/cooperation/partners/", "/vi/hop-tac/du-an/", "/en/cooperation/needs/"]
    for code in ("vi", "en"):
        with translation.override(code):
            paths += [new.get_absolute_url(), laos.get_absolute_url(), need.get_absolute_url()]
    for code in ("vi", "en"):
        with translation.override(code):
            paths.append(post.get_absolute_url())
    with translation.override("en"):
        paths.append(untranslated.get_absolute_url())
    # The pages a public site owes (contact/, partnership_portal Page keys).
    for key in ("accessibility", "privacy", "contact"):
        PageFactory(key=key, title_vi=f"Trang {key}", title_en=f"Page {key}",
                    body_vi="<h2>Mục</h2><p>Nội dung.</p>", body_en="<h2>Part</h2><p>Text.</p>")
    paths += ["/vi/lien-he/", "/en/contact/", "/en/accessibility/", "/vi/quyen-rieng-tu/",
              "/en/contact/sent/"]
    return paths


def test_pages_pass_the_nu_html_checker(pages, tmp_path):
    client = Client()
    files = []
    for index, path in enumerate(pages):
        response = client.get(path)
        assert response.status_code == (404 if "no-such" in path else 200), path
        target = tmp_path / f"page{index}.html"
        target.write_bytes(response.content)
        files.append(str(target))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--also-check-css", *files],
        capture_output=True,
        text=True,
        timeout=180,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        (pages[files.index(m["url"].removeprefix("file:"))], m.get("message"))
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == []


def test_pages_have_no_axe_violations(page_without_csp, pages):
    page = page_without_csp
    axe = AXE.read_text()
    problems = {}
    for path in pages:
        page.goto(path)
        page.add_script_tag(content=axe)
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values:"
            " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
        )
        violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
        if violations:
            problems[path] = violations
    assert problems == {}
