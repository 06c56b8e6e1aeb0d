import pytest

from tests.factories import PostFactory, SuperuserFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Collects what the browser refuses under the site's Content-Security-Policy.
LISTEN = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e =>
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def watch_csp(page):
    console = []
    page.on("console", lambda m: console.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.add_init_script(LISTEN)
    return console


def test_home_and_news_admin_load_with_no_csp_violation(page, category):
    console = watch_csp(page)
    response = page.goto("/vi/")
    assert "'unsafe" not in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.evaluate("window.__cspViolations") == []

    SuperuserFactory(username="secretariat")
    post = PostFactory(category=category)
    page.goto("/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto(f"/admin/news/post/{post.pk}/change/")
    page.wait_for_function(
        "() => window.CKEDITOR && ['id_body_vi', 'id_body_en'].every("
        "id => CKEDITOR.instances[id] && CKEDITOR.instances[id].status === 'ready')"
    )
    assert page.evaluate("window.__cspViolations") == []
    assert console == []
