import pytest
from django.core.management import call_command

from news.models import Category, Post
from partnership_portal.models import Page

pytestmark = pytest.mark.django_db


def test_load_demo_fills_the_site_and_is_safe_to_run_twice(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    counts = (Post.objects.count(), Category.objects.count(), Page.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert (Post.objects.count(), Category.objects.count(), Page.objects.count()) == counts
    assert counts[0] >= 8 and counts[1] == 4
    # Every category is used, and the demo tells the Azerbaijan and Laos stories.
    assert not Category.objects.filter(posts__isnull=True).exists()
    assert Post.objects.filter(title_en__icontains="Azerbaijan").exists()
    assert Post.objects.filter(title_vi__icontains="Lào", publish_at__year=2025).exists()
    assert client.get("/en/about/").status_code == 200
