from django.utils.translation import gettext_lazy as _

from partnership_portal.richtext import search_text
from partnership_portal.search import SearchSource, register_source

from .models import Post


def _document(post):
    return {
        "title_vi": post.title_vi, "title_en": post.title_en,
        "summary_vi": post.summary_vi, "summary_en": post.summary_en,
        "body": " ".join([search_text(post.body_vi or ""), search_text(post.body_en or ""),
                          post.category.name_vi, post.category.name_en or ""]),
        "date": post.publish_at,
    }


def register():
    register_source(SearchSource(
        key="news", label=_("News"), model=Post,
        queryset=lambda: Post.objects.select_related("category"), document=_document,
    ))
