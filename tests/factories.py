import io
from datetime import date, timedelta

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import PartnerAccount
from cooperation.models import Partner
from documents.models import Access, Document, DocumentFile, DocumentKind
from news.models import Category, Post
from partnership_portal.models import Page


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("correct horse battery")


class StaffFactory(UserFactory):
    is_staff = True
    is_superuser = True


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name_vi = factory.Sequence(lambda n: f"Chuyên mục {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug_vi = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    slug_en = factory.Sequence(lambda n: f"category-{n}")


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    title_vi = factory.Sequence(lambda n: f"Hợp tác pháp luật với Lào số {n}")
    title_en = factory.Sequence(lambda n: f"Legal cooperation with Laos no. {n}")
    summary_vi = "Tóm tắt bản tin."
    summary_en = "Summary of the post."
    body_vi = "<p>Nội dung bản tin về hợp tác pháp luật.</p>"
    body_en = "<p>Body of the post on legal cooperation.</p>"
    category = factory.SubFactory(CategoryFactory)
    status = Post.Status.PUBLISHED
    publish_at = factory.Sequence(lambda n: timezone.now() - timedelta(days=n + 1))


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ("key",)

    key = Page.Key.ABOUT
    title_vi = "Giới thiệu Nhóm quan hệ đối tác pháp luật"
    title_en = "About the Legal Partnership Group"
    body_vi = "<p>Nhóm được thành lập theo Quyết định 954/QĐ-BTP.</p>"
    body_en = "<p>The Group was set up by Decision 954/QĐ-BTP.</p>"


def pdf_bytes(text="Legal Partnership Group"):
    """A real, small PDF (Pillow writes it)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), "white").save(buffer, format="PDF")
    return buffer.getvalue() + f"% {text}\n".encode()


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    """A cooperation partner (ministry, organisation, donor...)."""

    class Meta:
        model = Partner

    name_vi = factory.Sequence(lambda n: f"Tổ chức đối tác {n}")
    name_en = factory.Sequence(lambda n: f"Partner organisation {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    kind = Partner.Kind.DONOR
    status = Partner.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class PartnerFactory(UserFactory):
    """A user with a partner account."""

    account = factory.RelatedFactory(
        "tests.factories.PartnerAccountFactory", factory_related_name="user"
    )


class PartnerAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerAccount

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(PartnerOrganisationFactory)


class DocumentKindFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentKind
        django_get_or_create = ("code",)

    code = "quarterly-report"
    name_vi = "Báo cáo quý"
    name_en = "Quarterly report"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title_vi = factory.Sequence(lambda n: f"Báo cáo quý III/2020 số {n}")
    title_en = factory.Sequence(lambda n: f"Quarterly report Q III/2020 no. {n}")
    description_vi = "Báo cáo của Nhóm."
    description_en = "Report of the Group."
    kind = factory.SubFactory(DocumentKindFactory)
    issued_on = date(2020, 10, 12)
    year = 2020
    quarter = 3
    access = Access.PUBLIC
    status = Document.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class DocumentFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentFile

    document = factory.SubFactory(DocumentFactory)
    language = "vi"
    file = factory.LazyFunction(lambda: ContentFile(pdf_bytes(), name="Báo cáo quý III-2020.pdf"))


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cooperation.Agreement"
        skip_postgeneration_save = True

    title_vi = factory.Sequence(lambda n: f"Chương trình hợp tác số {n}")
    title_en = factory.Sequence(lambda n: f"Cooperation programme no. {n}")
    kind = "programme"
    nature = "non_binding"
    level = "ministry"
    status = "published"
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    @factory.post_generation
    def parties(self, create, extracted, **kwargs):
        if create and extracted:
            self.parties.set(extracted)


def sign(agreement, party, day, **extra):
    from cooperation.models import Signature

    return Signature.objects.create(agreement=agreement, party=party, date=day, **extra)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forums.Event"

    kind = "seminar"
    title_vi = factory.Sequence(lambda n: f"Hội thảo chuyên đề số {n}")
    title_en = factory.Sequence(lambda n: f"Thematic seminar no. {n}")
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    status = "published"
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
