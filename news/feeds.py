from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from partnership_portal.richtext import plain_text, plain_text_html, sanitize_html

from .models import Post


class LatestPostsFeed(Feed):
    """Atom feed of the latest published posts, in the language of its URL."""

    feed_type = Atom1Feed
    title = _("Legal Partnership Group: news")
    subtitle = _("News of the Legal Partnership Group, Ministry of Justice of Viet Nam")

    def link(self):
        return reverse("news:list")

    def feed_url(self):
        return reverse("news:feed")

    def items(self):
        # Entries carry the body (when there is no summary), the author unit and the
        # update time that lists leave unread: every column, in the lists' order.
        return Post.objects.published().for_listing().defer(None)[:20]

    def item_title(self, item):
        return plain_text(item.title)

    def item_description(self, item):
        # The summary is plain text (escaped); only the body is rich text.
        return plain_text_html(item.summary) if item.summary else sanitize_html(item.body)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [plain_text(item.category.name)]

    def item_author_name(self, item):
        return plain_text(item.author_unit) or None

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = get_language()
        return feed
