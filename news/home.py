from .models import Post


def latest_news_section(request, **context):
    posts = list(Post.objects.published().for_listing()[:7])
    featured = list(Post.objects.published().for_listing().filter(featured=True)[:3])
    featured_ids = {p.pk for p in featured}
    latest = [p for p in posts if p.pk not in featured_ids][:6]
    return {"template": "news/includes/home_section.html", "featured": featured, "latest": latest}
