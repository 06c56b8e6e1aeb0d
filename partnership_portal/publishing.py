"""Detail views of publishable items: staff allowed to change the model may preview drafts
(`access.may_preview`, applied by `.visible_to(user)`), never cached or indexed."""

from django.utils.cache import add_never_cache_headers


class PreviewableDetailMixin:
    """Adds `preview` to the context when the object is not public (an editor's preview), and
    then marks the response uncacheable and not for search engines."""

    def get_context_data(self, **kwargs):
        kwargs.setdefault("preview", not self.object.is_public)
        return super().get_context_data(**kwargs)

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context.get("preview"):
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex"
        return response
