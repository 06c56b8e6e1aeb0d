from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from documents.models import Document
from partnership_portal.listing import ForgivingPaginationMixin, years_with_items
from partnership_portal.models import columns_of, only_columns
from partnership_portal.pagecache import until_content_changes
from partnership_portal.publishing import PreviewableDetailMixin

from .filters import PostFilter
from .models import Category, Post


class PostListView(ForgivingPaginationMixin, ListView):
    """Published posts, newest first; optionally one category (path) and one year (?year=)."""

    template_name = "news/post_list.html"
    context_object_name = "posts"

    def get_queryset(self):
        self.category = None
        if "slug" in self.kwargs:
            self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        qs = Post.objects.published().for_listing()
        if self.category:
            qs = qs.filter(category=self.category)
        self.filterset = PostFilter(self.request.GET, queryset=qs, request=self.request)
        self.year = self.filterset.values["year"]
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        published = Post.objects.published()
        if self.category:
            published = published.filter(category=self.category)
        return super().get_context_data(
            category=self.category,
            categories=Category.objects.all(),
            year=self.year,
            years=until_content_changes(
                ("post-years", self.category and self.category.pk),
                lambda: years_with_items(published, "publish_at")),
            notices=self.filterset.notices,
            alternate_object=self.category,
            **kwargs,
        )


class PostDetailView(PreviewableDetailMixin, DetailView):
    template_name = "news/post_detail.html"
    context_object_name = "post"

    def get_queryset(self):
        return Post.objects.visible_to(self.request.user).select_related("category")

    def get_context_data(self, **kwargs):
        post = self.object
        return super().get_context_data(
            previous_post=post.previous_post(),
            next_post=post.next_post(),
            related_posts=post.related_posts(),
            documents=Document.objects.listed_for(self.request.user).for_listing()
            .filter(news_posts=post),
            # Links: each language's name and slug.
            linked_partners=only_columns(post.partners.published(),
                                         *columns_of(post.partners.model, ("name", "slug"))),
            linked_agreements=post.agreements.published().for_links(),
            **kwargs,
        )
