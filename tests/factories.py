from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

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
