"""The admin index: the secretariat's dashboard panels, per permission, and the app list's order."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Post
from partnership_portal.dashboard import register_panel
from tests.factories import (
    EventFactory,
    InterestFactory,
    PostFactory,
    StaffUserFactory,
    SuperuserFactory,
)

pytestmark = pytest.mark.django_db
INDEX = "/admin/"
TECHNICAL = ["sites", "redirects", "axes"]


def panels(client, user):
    client.force_login(user)
    response = client.get(INDEX)
    assert response.status_code == 200
    return {str(panel["title"]): panel for panel in response.context["panels"]}


def labels(panel):
    return [item["label"] for item in panel["items"]]


@pytest.fixture
def content(staff):
    soon = timezone.now() + timedelta(days=3)
    return {
        "scheduled_post": PostFactory(title_vi="Bản tin hẹn giờ", publish_at=soon),
        "scheduled_event": EventFactory(title_vi="Hội thảo hẹn giờ", publish_at=soon),
        "my_draft": PostFactory(title_vi="Bản nháp của tôi", status=Post.Status.DRAFT,
                                created_by=staff),
        "their_draft": PostFactory(title_vi="Bản nháp của người khác", status=Post.Status.DRAFT,
                                   created_by=SuperuserFactory()),
        "event": EventFactory(title_vi="Diễn đàn sắp tới"),
        "interest": InterestFactory(),
    }


def test_superuser_sees_every_panel_with_its_items(client, staff, content):
    found = panels(client, staff)
    assert labels(found["Hẹn giờ đăng"]) == ["Bản tin hẹn giờ", "Hội thảo hẹn giờ"]
    assert labels(found["Bản nháp của tôi"]) == ["Bản nháp của tôi"]
    recent = labels(found["Thay đổi gần đây"])
    assert str(content["interest"].need) in recent
    assert "Bản nháp của người khác" in recent
    assert "Diễn đàn sắp tới" in labels(found["Sự kiện sắp diễn ra"])
    year = timezone.localdate().year
    rhythm = found[f"Nhịp độ hoạt động của Nhóm năm {year}"]
    assert any("Diễn đàn" in label for label in labels(rhythm))  # no annual forum yet
    assert labels(found["Quan tâm mới nhất đến nhu cầu hợp tác"]) == [
        f"{content['interest'].partner} → {content['interest'].need}"]
    assert "Bản dịch còn thiếu hoặc đã cũ" in found


def test_items_link_to_their_change_pages(client, staff, content):
    found = panels(client, staff)
    [item] = found["Bản nháp của tôi"]["items"]
    assert item["url"] == f"/admin/news/post/{content['my_draft'].pk}/change/"


def test_news_editor_sees_news_only(client, content):
    editor = StaffUserFactory(permissions=["news.view_post", "news.change_post"])
    content["my_draft"].created_by = editor
    content["my_draft"].save()
    found = panels(client, editor)
    assert labels(found["Hẹn giờ đăng"]) == ["Bản tin hẹn giờ"]
    assert labels(found["Bản nháp của tôi"]) == ["Bản nháp của tôi"]
    assert all(item["type"] == Post._meta.verbose_name
               for item in found["Thay đổi gần đây"]["items"])
    assert "Sự kiện sắp diễn ra" not in found
    assert not any(title.startswith("Nhịp độ") for title in found)
    assert "Quan tâm mới nhất đến nhu cầu hợp tác" not in found


def test_interest_panel_needs_permission_to_view_interest(client, content):
    viewer = StaffUserFactory(permissions=["cooperation.view_interest"])
    found = panels(client, viewer)
    assert list(found) != [] and "Quan tâm mới nhất đến nhu cầu hợp tác" in found
    assert labels(found["Hẹn giờ đăng"]) == []


def test_translation_panel_counts_link_to_the_filtered_lists(client, staff):
    PostFactory(title_en="")
    found = panels(client, staff)
    [row] = found["Bản dịch còn thiếu hoặc đã cũ"]["rows"]
    assert row["missing_en"] == 1
    page = client.get(INDEX).content.decode()
    assert "/admin/news/post/?translation=missing_en" in page
    assert "/admin/translations/" in page


def test_a_registered_panel_appears(client, staff):
    def greeting(request):
        return {"title": "Panel thử", "items": [{"label": "Xin chào"}]}

    register_panel(greeting, order=99)
    try:
        assert labels(panels(client, staff)["Panel thử"]) == ["Xin chào"]
    finally:
        from partnership_portal import dashboard

        dashboard._registry[:] = [(o, f) for o, f in dashboard._registry if f is not greeting]


def app_labels(client, user):
    client.force_login(user)
    return [app["app_label"] for app in client.get(INDEX).context["app_list"]]


def test_apps_in_the_secretariats_order_technical_last(client, staff):
    order = app_labels(client, staff)
    content = ["news", "forums", "cooperation", "documents", "partnership_portal", "reports"]
    assert [label for label in order if label in content] == content
    assert order.index("reports") < order.index("auth")
    assert order[-len(TECHNICAL):] == TECHNICAL


def test_models_in_working_order_within_an_app(client, staff):
    client.force_login(staff)
    apps = {app["app_label"]: app for app in client.get(INDEX).context["app_list"]}
    names = [model["object_name"] for model in apps["cooperation"]["models"]]
    assert names[:4] == ["Agreement", "Partner", "Project", "CooperationNeed"]
    assert [model["object_name"] for model in apps["news"]["models"]] == ["Post", "Category"]


def test_technical_screens_hidden_and_refused_for_non_administrators(client):
    technician = StaffUserFactory(permissions=[
        "sites.view_site", "sites.change_site", "redirects.view_redirect",
        "axes.view_accessattempt", "news.view_post"])
    order = app_labels(client, technician)
    assert "news" in order
    assert not set(order) & set(TECHNICAL)
    assert client.get("/admin/sites/site/").status_code == 403
    assert client.get("/admin/redirects/redirect/").status_code == 403
    assert client.get("/admin/news/post/").status_code == 200


def test_superuser_opens_technical_screens(client, staff):
    client.force_login(staff)
    assert client.get("/admin/sites/site/").status_code == 200
    assert client.get("/admin/axes/accessattempt/").status_code == 200


def test_the_administrator_group_opens_technical_screens_but_makes_no_superuser(client):
    """The README gives the Administrator role sites, redirects and sign-in lockouts; it may
    not tick "superuser" (its own page included) to step past what it is given."""
    from partnership_portal import roles
    from tests.factories import RoleUserFactory

    administrator = RoleUserFactory(username="quan.tri", role=roles.ADMINISTRATOR)
    order = app_labels(client, administrator)
    assert set(TECHNICAL) <= set(order)
    for path in ("/admin/sites/site/", "/admin/redirects/redirect/",
                 "/admin/axes/accessattempt/", "/admin/otp_totp/totpdevice/"):
        assert client.get(path).status_code == 200, path
    page = client.get(f"/admin/auth/user/{administrator.pk}/change/")
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()
    from tests.admin_forms import admin_form_data
    data = admin_form_data(page, email="quan.tri@example.org")
    data["is_superuser"] = "on"
    assert client.post(f"/admin/auth/user/{administrator.pk}/change/", data).status_code == 302
    administrator.refresh_from_db()
    assert administrator.email == "quan.tri@example.org" and not administrator.is_superuser


@pytest.mark.parametrize("size", [2, 20])
def test_dashboard_runs_a_bounded_number_of_queries(client, staff, size,
                                                    django_assert_max_num_queries):
    soon = timezone.now() + timedelta(days=2)
    for _number in range(size):
        PostFactory(publish_at=soon, title_en="")
        PostFactory(status=Post.Status.DRAFT, created_by=staff)
        EventFactory()
        InterestFactory()
    client.force_login(staff)
    client.get(INDEX)
    with django_assert_max_num_queries(45) as captured:
        response = client.get(INDEX)
    scheduled = next(p for p in response.context["panels"] if str(p["title"]) == "Hẹn giờ đăng")
    assert len(scheduled["items"]) == min(size, 10)
    print(f"dashboard queries with {size}: {len(captured)}")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dashboard_and_translation_page_open_on_demo_content(client, staff, language):
    from django.core.management import call_command

    call_command("load_demo", stdout=open("/dev/null", "w"))
    client.force_login(staff)
    for url in (INDEX, "/admin/translations/"):
        assert client.get(url, HTTP_ACCEPT_LANGUAGE=language).status_code == 200, url


def test_awaiting_review_panel_lists_submitted_items_to_publishers_only(client):
    from partnership_portal.review import submit_for_review
    from tests.factories import RoleUserFactory

    editor = RoleUserFactory(role="Editor")
    publisher = RoleUserFactory(role="Publisher")
    draft = PostFactory(title_vi="Tin chờ duyệt", status=Post.Status.DRAFT, created_by=editor)
    submit_for_review(item=draft, user=editor)
    found = panels(client, publisher)
    assert labels(found["Chờ duyệt"]) == ["Tin chờ duyệt"]
    assert found["Chờ duyệt"]["items"][0]["url"] == f"/admin/news/post/{draft.pk}/change/"
    assert "Chờ duyệt" not in panels(client, editor)  # an editor has no queue
