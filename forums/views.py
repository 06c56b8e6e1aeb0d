from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from documents.models import Document
from partnership_portal.listing import (
    FilteredListMixin,
    ForgivingPaginationMixin,
    UnpaginatedListMixin,
    years_with_items,
)
from partnership_portal.models import prefetch_for_one
from partnership_portal.pagecache import until_content_changes
from partnership_portal.publishing import PreviewableDetailMixin
from partnership_portal.richtext import plain_text, plain_text_html

from .calendar import event_calendar, events_calendar
from .filters import EventFilter
from .models import Event, organisers_prefetch, public_organisers


class EventListView(FilteredListMixin, ForgivingPaginationMixin, ListView):
    """Upcoming events first, then past ones (paginated); the same filters apply to both."""

    template_name = "forums/event_list.html"
    context_object_name = "past_events"
    filterset_class = EventFilter

    def get_base_queryset(self):
        # Organisers are fetched once for both lists, in get_context_data.
        return Event.objects.published().for_cards()

    def get_queryset(self):
        self.now = timezone.now()
        base = super().get_queryset()
        self.upcoming = list(base.upcoming(self.now))
        return base.past(self.now)

    def get_context_data(self, **kwargs):
        filterset = self.filterset
        context = super().get_context_data(
            upcoming=self.upcoming,
            kinds=filterset.choices("kind"),
            years=until_content_changes(
                "event-years", lambda: years_with_items(Event.objects.published(), "start")),
            partners=filterset.choices("partner"),
            quarters=filterset.choices("quarter"),
            **kwargs,
        )
        # One organisers query for the upcoming events and this page of past ones (the page
        # keeps the fetched rows, so the template iterates these same instances); none for a
        # page number that redirects.
        if self.page_redirect is None:
            prefetch_related_objects([*self.upcoming, *context["past_events"]],
                                     organisers_prefetch())
        return context


class ForumSeriesView(UnpaginatedListMixin, ListView):
    """Every annual Legal Partnership Forum, numbered in order."""

    template_name = "forums/series.html"
    context_object_name = "forums"

    def get_queryset(self):
        forums = list(Event.objects.published().forums().for_listing().order_by("start"))
        for number, forum in enumerate(forums, start=1):
            forum.number = number
        return list(reversed(forums))


class EventDetailView(PreviewableDetailMixin, DetailView):
    template_name = "forums/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user).select_related("project")

    def get_object(self, queryset=None):
        event = super().get_object(queryset)
        prefetch_for_one(event, people=lambda people: people.select_related("organisation"),
                         agenda=lambda agenda: agenda.all(), photos=lambda photos: photos.all())
        event.listed_organisers = list(public_organisers().filter(event=event))
        return event

    def get_context_data(self, **kwargs):
        event = self.object
        number, previous, following = event.series_neighbours()
        return super().get_context_data(
            series_number=number,
            previous_forum=previous,
            next_forum=following,
            documents=Document.objects.listed_for(self.request.user)
            .for_listing()
            .filter(events=event),
            agreements=event.agreements.published().for_links(),
            **kwargs,
        )


def event_ics(request, slug):
    event = get_object_or_404(Event.objects.visible_to(request.user), slug=slug)
    response = HttpResponse(
        event_calendar(event, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def calendar_feed(request):
    """A subscribable calendar in the language of its URL: the past year and all to come."""
    events = Event.objects.published().for_calendar()
    name = _("Legal Partnership Group events")
    response = HttpResponse(
        events_calendar(events, request, name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="events-{get_language()}.ics"'
    return response


class EventsFeed(Feed):
    title = gettext_lazy("Legal Partnership Group: forums and events")

    def link(self):
        return reverse("forums:list")

    def items(self):
        return Event.objects.published().order_by("-start")[:20]

    def item_title(self, item):
        return plain_text(item.title)

    def item_description(self, item):
        # RSS descriptions are read as HTML: the plain-text summary goes out escaped.
        return plain_text_html(item.summary or item.theme)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at
