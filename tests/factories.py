"""factory_boy factories for every model the tests build.

One module rather than a package per app: the tests import from one place
(`from tests.factories import ...`), the factories refer to each other across apps
(a need's agency is a partner, a signature's agreement...), and the whole stays short enough
to read top to bottom. Defaults make a valid, public, bilingual item; a test passes only
what its assertion depends on.
"""

import io
from datetime import date, timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
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


class SuperuserFactory(UserFactory):
    """Staff with every permission (the secretariat's administrators)."""

    is_staff = True
    is_superuser = True


def permissions_named(names):
    """Permission rows for "app_label.codename" (as `has_perm` spells them), bare codenames or
    Permission objects; a name that matches nothing raises, so a typo can't pass silently."""
    found = []
    for name in names:
        if isinstance(name, Permission):
            found.append(name)
            continue
        app_label, _dot, codename = name.rpartition(".")
        matches = Permission.objects.filter(codename=codename)
        if app_label:
            matches = matches.filter(content_type__app_label=app_label)
        if not matches:
            raise LookupError(f"no permission {name!r}")
        found.extend(matches)
    return found


class StaffUserFactory(UserFactory):
    """Staff (not superuser) with exactly the given model permissions:
    `StaffUserFactory(permissions=["news.change_post"])`. The access policy lets staff preview
    what they may change and read the library if they may view or change documents."""

    is_staff = True

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        if create and extracted:
            self.user_permissions.set(permissions_named(extracted))


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
    short_name_vi = factory.Sequence(lambda n: f"P{n}")
    kind = Partner.Kind.DONOR
    status = Partner.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class PartnerUserFactory(UserFactory):
    """A user with a partner account (the organisation is a PartnerOrganisationFactory)."""

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


class SignatureFactory(factory.django.DjangoModelFactory):
    """One party's signature; the agreement is concluded on its parties' last signature."""

    class Meta:
        model = "cooperation.Signature"

    agreement = factory.SubFactory(AgreementFactory)
    party = factory.SubFactory(PartnerOrganisationFactory)
    date = date(2020, 10, 27)


def sign(agreement, party, day, **extra):
    """Reads like the register: `sign(programme, moj, date(2020, 10, 27))`."""
    return SignatureFactory(agreement=agreement, party=party, date=day, **extra)


class AgreementLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cooperation.AgreementLink"

    source = factory.SubFactory(AgreementFactory)
    kind = "implements"
    target = factory.SubFactory(AgreementFactory)


class AgreementDocumentFactory(factory.django.DjangoModelFactory):
    """A text or document of an agreement (`authentic=True` for an authentic language text)."""

    class Meta:
        model = "cooperation.AgreementDocument"

    agreement = factory.SubFactory(AgreementFactory)
    document = factory.SubFactory(DocumentFactory)


class AreaFactory(factory.django.DjangoModelFactory):
    """A field of cooperation."""

    class Meta:
        model = "cooperation.Area"

    name_vi = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    name_en = factory.Sequence(lambda n: f"Field {n}")
    slug = factory.Sequence(lambda n: f"field-{n}")


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cooperation.Project"

    title_vi = factory.Sequence(lambda n: f"Dự án hỗ trợ pháp luật số {n}")
    title_en = factory.Sequence(lambda n: f"Legal support project no. {n}")
    kind = "project"
    status = "published"
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class ProjectRoleFactory(factory.django.DjangoModelFactory):
    """A partner's role in a project (funder, implementing agency...)."""

    class Meta:
        model = "cooperation.ProjectRole"

    project = factory.SubFactory(ProjectFactory)
    partner = factory.SubFactory(PartnerOrganisationFactory)
    role = "funder"


class CooperationNeedFactory(factory.django.DjangoModelFactory):
    """A Vietnamese agency's published need for cooperation, open to partners' interest."""

    class Meta:
        model = "cooperation.CooperationNeed"

    title_vi = factory.Sequence(lambda n: f"Nhu cầu hợp tác số {n}")
    title_en = factory.Sequence(lambda n: f"Cooperation need no. {n}")
    description_vi = "Mô tả."
    description_en = "Description."
    agency = factory.SubFactory(PartnerOrganisationFactory, kind="vn_agency", country="VN")
    area = factory.SubFactory(AreaFactory)
    start_year = 2025
    end_year = 2027
    status = "published"
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class InterestFactory(factory.django.DjangoModelFactory):
    """A partner user's interest in a need, sent for their organisation."""

    class Meta:
        model = "cooperation.Interest"

    need = factory.SubFactory(CooperationNeedFactory)
    user = factory.SubFactory(PartnerUserFactory)
    partner = factory.LazyAttribute(lambda o: o.user.partner_account.organisation)
    message = "Chúng tôi quan tâm đến nhu cầu này."


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


class EventPersonFactory(factory.django.DjangoModelFactory):
    """A chair, speaker... of an event."""

    class Meta:
        model = "forums.EventPerson"

    event = factory.SubFactory(EventFactory)
    role = "speaker"
    name = factory.Sequence(lambda n: f"Diễn giả {n}")


class EventOrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forums.EventOrganiser"

    event = factory.SubFactory(EventFactory)
    partner = factory.SubFactory(PartnerOrganisationFactory)


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forums.AgendaItem"

    event = factory.SubFactory(EventFactory)
    title_vi = factory.Sequence(lambda n: f"Phiên thảo luận {n}")
    title_en = factory.Sequence(lambda n: f"Discussion session {n}")


class EventPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forums.EventPhoto"

    event = factory.SubFactory(EventFactory)
    image = factory.django.ImageField(width=30, height=20, color="navy", format="JPEG",
                                      filename="hall.jpg")
    caption_vi = "Toàn cảnh hội thảo"
    caption_en = "The workshop"
    alt_vi = "Đại biểu trong hội trường"
    alt_en = "Delegates in the hall"


class FileVersionFactory(factory.django.DjangoModelFactory):
    """An earlier upload of a document file. Replacing `DocumentFile.file` and saving makes
    one the real way; this is for tests about versions themselves."""

    class Meta:
        model = "documents.FileVersion"

    class Params:
        content = factory.LazyFunction(lambda: pdf_bytes("earlier version"))

    document_file = factory.SubFactory(DocumentFileFactory)
    original_name = "Báo cáo quý III-2020 (bản cũ).pdf"
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.original_name))
    size = factory.LazyAttribute(lambda o: len(o.content))
    uploaded_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app (django-otp TOTP) for `user`; codes come from
    `totp_code(device)` in the tests."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(UserFactory)
    name = "authenticator"
    confirmed = True


def totp_code(device, clock=None):
    """The six-digit code the user's app shows now (or at Unix time `clock`)."""
    import time

    from django_otp.oath import TOTP

    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time() if clock is None else clock
    return f"{generator.token():0{device.digits}d}"


class IssueFactory(factory.django.DjangoModelFactory):
    """A published newsletter issue of Q III/2020 (add items with IssueItemFactory)."""

    class Meta:
        model = "newsletter.Issue"

    year = 2020
    quarter = 3
    number = factory.Sequence(lambda n: n + 1)
    title_vi = factory.Sequence(lambda n: f"Bản tin Nhóm quan hệ đối tác pháp luật số {n}")
    title_en = factory.Sequence(lambda n: f"Legal Partnership Group newsletter no. {n}")
    introduction_vi = "<p>Quý III năm 2020, Nhóm đã tổ chức Diễn đàn hòa giải.</p>"
    introduction_en = "<p>In Q III/2020 the Group held the conciliation forum.</p>"
    status = "published"
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class IssueItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.IssueItem"

    issue = factory.SubFactory(IssueFactory)
    order = factory.Sequence(lambda n: n)
    event = agreement = document = None
    # A news post unless the test gives another target (an item has exactly one).
    post = factory.Maybe(
        factory.LazyAttribute(lambda o: not (o.event or o.agreement or o.document)),
        yes_declaration=factory.SubFactory(PostFactory), no_declaration=None)


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber to the newsletter."""

    class Meta:
        model = "newsletter.Subscriber"

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "vi"
    newsletter = True
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=2))


class RoleUserFactory(UserFactory):
    """Staff in one of the secretariat's roles (the groups the roles migration makes):
    `RoleUserFactory(role="Editor")`."""

    is_staff = True

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            self.groups.add(Group.objects.get(name=extracted))


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contact.ContactMessage"

    name = "Nguyễn Văn An"
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    message = "Nhóm có thể chia sẻ kỷ yếu Diễn đàn năm 2020 không?"
    language = "vi"
