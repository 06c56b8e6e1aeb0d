"""Every admin page the secretariat uses opens, in Vietnamese (the default) and English."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_admin_list_add_and_change_page_opens(client, staff, language):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    client.force_login(staff)
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        base = f"admin:{meta.app_label}_{meta.model_name}"
        urls = [reverse(f"{base}_changelist")]
        if model_admin.has_add_permission(_request(staff)):
            urls.append(reverse(f"{base}_add"))
        first = model._default_manager.first()
        if first is not None:
            urls.append(reverse(f"{base}_change", args=[first.pk]))
        for url in urls:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 200, url


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = user
    return request
