"""tests/factories.py: every factory makes a row the admin would accept, and staff get exactly
the permissions a test names."""

import inspect

import factory
import pytest

from tests import factories

pytestmark = pytest.mark.django_db

MODEL_FACTORIES = sorted(
    name for name, value in vars(factories).items()
    if inspect.isclass(value) and issubclass(value, factory.django.DjangoModelFactory)
    and value is not factory.django.DjangoModelFactory
)


@pytest.mark.parametrize("name", MODEL_FACTORIES)
def test_every_factory_makes_a_valid_row(name):
    row = getattr(factories, name)()
    row.full_clean()  # the model's own validation, as the admin runs it


def test_staff_user_factory_grants_exactly_the_named_permissions():
    user = factories.StaffUserFactory(permissions=["news.change_post", "view_document"])
    assert user.is_staff and not user.is_superuser
    assert user.has_perm("news.change_post") and user.has_perm("documents.view_document")
    assert not user.has_perm("news.add_post")


def test_a_misspelt_permission_fails_instead_of_granting_nothing():
    with pytest.raises(LookupError):
        factories.StaffUserFactory(permissions=["news.chnage_post"])


def test_partner_user_factory_makes_a_user_with_a_partner_account():
    user = factories.PartnerUserFactory()
    assert user.partner_account.organisation.name_en.startswith("Partner organisation")
