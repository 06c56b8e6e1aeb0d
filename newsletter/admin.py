from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline

from partnership_portal.admin import PublishableAdmin

from .models import Delivery, Issue, IssueItem, Subscriber
from .services import issue_fill_from_quarter


class IssueItemInline(TranslationTabularInline):
    model = IssueItem
    extra = 0
    fields = ("order", "post", "event", "agreement", "document", "note")
    autocomplete_fields = ("post", "event", "agreement", "document")


@admin.register(Issue)
class IssueAdmin(PublishableAdmin):
    list_display = ("title", "number", "year", "quarter", "publication", "delivery_progress",
                    "preview_link")
    list_filter = ("status", "year")
    search_fields = ("title_vi", "title_en")
    inlines = [IssueItemInline]
    actions = ["fill_from_quarter", "send_to_subscribers", "retry_failed", "make_published",
               "make_draft"]
    readonly_fields = ("delivery_progress", "mailing_requested_at", "created_at", "updated_at",
                       "created_by", "updated_by")
    fieldsets = (
        (None, {"fields": ("year", "quarter", "number", "title", "slug", "introduction")}),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
        (_("Mailing"), {"fields": ("mailing_requested_at", "delivery_progress"),
                        "description": _("“Send to subscribers” (list action) queues the issue; "
                                         "the send_newsletter timer sends it within minutes.")}),
        (_("History"), {"classes": ("collapse",),
                        "fields": ("created_at", "created_by", "updated_at", "updated_by")}),
    )

    @admin.display(description=_("sent / pending / failed"))
    def delivery_progress(self, obj):
        if not obj or not obj.pk:
            return "–"
        counts = obj.delivery_counts()
        pending = counts["pending"] + counts["sending"]
        return f"{counts['sent']} / {pending} / {counts['failed']}"

    @admin.action(description=_("Add the published items of the issue's quarter"),
                  permissions=["change"])
    def fill_from_quarter(self, request, queryset):
        for issue in queryset:
            added = issue_fill_from_quarter(issue)
            self.message_user(request, ngettext(
                "“%(issue)s”: %(count)d item added; reorder or remove items on the issue.",
                "“%(issue)s”: %(count)d items added; reorder or remove items on the issue.",
                added) % {"issue": issue, "count": added}, messages.SUCCESS)

    # Mailing an issue to every subscriber is a publishing act: publishers only, as publishing.
    @admin.action(description=_("Send to subscribers"), permissions=["publish"])
    def send_to_subscribers(self, request, queryset):
        for issue in queryset:
            if not issue.is_public:
                self.message_user(request, _("“%(issue)s” is not published: publish it first.")
                                  % {"issue": issue}, messages.ERROR)
                continue
            if issue.mailing_requested_at is None:
                Issue.objects.filter(pk=issue.pk).update(mailing_requested_at=timezone.now())
            self.message_user(request, _("“%(issue)s” will be sent to confirmed subscribers "
                                         "by the next run of send_newsletter.")
                              % {"issue": issue}, messages.SUCCESS)

    @admin.action(description=_("Retry failed deliveries"), permissions=["publish"])
    def retry_failed(self, request, queryset):
        count = Delivery.objects.filter(issue__in=queryset, status=Delivery.Status.FAILED).update(
            status=Delivery.Status.PENDING, error="")
        self.message_user(request, ngettext("%d delivery queued again.",
                                            "%d deliveries queued again.", count) % count)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Addresses are seen here only, by staff holding the subscriber permissions."""

    list_display = ("email", "language", "newsletter", "created_at", "confirmed_at",
                    "unsubscribed_at")
    list_filter = ("language", "newsletter", ("confirmed_at", admin.EmptyFieldListFilter),
                   ("unsubscribed_at", admin.EmptyFieldListFilter))
    search_fields = ("email",)
    autocomplete_fields = ("partners", "agreements")
    readonly_fields = ("created_at", "confirmed_at", "unsubscribed_at")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("item_key", "subscriber", "status", "sent_at", "error")
    list_filter = ("status", "issue")
    list_select_related = ("subscriber",)
    search_fields = ("item_key", "subscriber__email")

    # Staff who may follow deliveries but not see subscribers get neither addresses nor a
    # search that would reveal whether one is on the list.
    def _sees_addresses(self, request):
        return request.user.has_perm("newsletter.view_subscriber")

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return shown if self._sees_addresses(request) else [f for f in shown
                                                            if f != "subscriber"]

    def get_search_fields(self, request):
        return self.search_fields if self._sees_addresses(request) else ("item_key",)

    def has_view_permission(self, request, obj=None):
        # A single delivery's page names its address.
        if obj is not None and not self._sees_addresses(request):
            return False
        return super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
