"""Admin side of publishing rights and review: who may publish, and the review panel.

`PublishControlMixin` enforces `access.may_publish` on every admin path that changes
publication (change form, list_editable, actions, delete of a live item); importers call
`keep_publication(user, obj)` before saving. `ReviewAdminMixin` adds the review panel to the
change form (submit; approve now or at a time; send back with a comment). The queue of items
awaiting review is `ReviewRequestAdmin`'s list.
"""

import threading

from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from . import access, review
from .models import Publishable, ReviewRequest

PUBLICATION_FIELDS = ("status", "publish_at", "unpublish_at")


def keep_publication(user, obj) -> bool:
    """Undo any change to the publication fields `user` may not make (before saving `obj`):
    a new item stays a draft; an existing one keeps its stored status and dates. Returns True
    when something was undone."""
    if access.may_publish(user, type(obj)):
        return False
    stored = type(obj)._default_manager.filter(pk=obj.pk).first() if obj.pk else None
    if stored is None:
        wanted = {"status": Publishable.Status.DRAFT, "unpublish_at": None}
    else:
        wanted = {name: getattr(stored, name) for name in PUBLICATION_FIELDS}
    undone = False
    for name, value in wanted.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            undone = True
    return undone


def delete_selected_unless_live(modeladmin, request, queryset):
    """Django's "Delete selected" for someone who may not publish. A published item among the
    selection is named and nothing is deleted: Django's own page would say the account lacks
    permission to delete "related objects" of the very kind the editor may delete."""
    live = queryset.filter(status=Publishable.Status.PUBLISHED).order_by("pk")
    count = live.count()
    if count:
        shown = 5
        names = ", ".join(f"“{item}”" for item in live[:shown])
        if count > shown:
            names += ", …"
        modeladmin.message_user(request, ngettext(
            "Nothing was deleted: %(count)d of the selected items is published (%(names)s), "
            "and only a publisher may take an item off the site. Unselect it, or ask a "
            "publisher.",
            "Nothing was deleted: %(count)d of the selected items are published (%(names)s), "
            "and only a publisher may take an item off the site. Unselect them, or ask a "
            "publisher.", count) % {"count": count, "names": names}, messages.ERROR)
        return None
    return delete_selected(modeladmin, request, queryset)


class PublishControlMixin:
    """Only users with `publish_<model>` change publication, whatever path they take."""

    def has_publish_permission(self, request):
        # Read by `allowed_permissions = ("publish",)` on the publish/unpublish actions.
        return access.may_publish(request.user, self.model)

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields += tuple(f for f in PUBLICATION_FIELDS if f not in fields)
        return fields

    def has_delete_permission(self, request, obj=None):
        # Deleting a live item takes it off the site: a publisher's act.
        if (obj is not None and obj.status == Publishable.Status.PUBLISHED
                and not self.has_publish_permission(request)):
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions and not self.has_publish_permission(request):
            _action, name, description = actions["delete_selected"]
            actions["delete_selected"] = (delete_selected_unless_live, name, description)
        return actions

    def save_model(self, request, obj, form, change):
        # Read-only fields are not in the form, so a crafted POST cannot set them; this also
        # covers list_editable and any form that slips through.
        if keep_publication(request.user, obj):
            self.message_user(request, gettext(
                "You may not publish or unpublish this item: its status and dates were kept "
                "as they were. Submit it for review instead."), messages.WARNING)
        super().save_model(request, obj, form, change)


_local = threading.local()


class ReviewAdminMixin:
    """A "Review" section at the top of the change form, acting through its own buttons
    (posted with the form, so the item is saved first, then submitted or decided)."""

    SUBMIT, APPROVE, SEND_BACK = "_review_submit", "_review_approve", "_review_send_back"

    def changeform_view(self, request, *args, **kwargs):
        # The panel (a read-only field) renders per user; admin instances are shared.
        _local.request = request
        try:
            response = super().changeform_view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # while the request is known to the panel
            return response
        finally:
            _local.request = None

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "review_panel")

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        fieldsets = [
            (name, {**options, "fields": [f for f in options["fields"] if f != "review_panel"]})
            for name, options in fieldsets
        ]
        return [(_("Review"), {"fields": ["review_panel"]}), *fieldsets]

    @admin.display(description=_("review"))
    def review_panel(self, obj):
        request = getattr(_local, "request", None)
        if request is None:
            return ""
        latest = review.latest_request(obj) if obj is not None and obj.pk else None
        parts = [self._review_status(latest)] if latest else []
        may_publish = access.may_publish(request.user, self.model)
        # The form came back with an error: what was typed in these boxes comes back too.
        typed = request.POST if request.method == "POST" else {}
        if latest is None or latest.state != ReviewRequest.State.SUBMITTED:
            parts.append(format_html(
                '<p><label for="id_review_message">{}</label><br>'
                '<textarea name="review_message" id="id_review_message" rows="2" cols="60">'
                '{}</textarea></p><p><button type="submit" name="{}" class="button">{}</button>'
                "</p>",
                _("Message to the reviewer (optional)"), typed.get("review_message", ""),
                self.SUBMIT, _("Save and submit for review"),
            ))
        if may_publish and obj is not None and obj.pk:
            parts.append(format_html(
                '<fieldset class="review-decision"><p>'
                '<label for="id_review_publish_at">{}</label> '
                '<input type="datetime-local" name="review_publish_at" id="id_review_publish_at"'
                ' value="{}"> <span class="help">{}</span></p>'
                '<p><label for="id_review_comment">{}</label><br>'
                '<textarea name="review_comment" id="id_review_comment" rows="2" cols="60">'
                "{}</textarea></p>"
                '<p><button type="submit" name="{}" class="button default">{}</button> '
                '<button type="submit" name="{}" class="button">{}</button></p></fieldset>',
                _("Publish at"), typed.get("review_publish_at", ""),
                _("Leave empty to publish now; a later time schedules it."),
                _("Comment for the editor"), typed.get("review_comment", ""),
                self.APPROVE, _("Save, approve and publish"),
                self.SEND_BACK, _("Save and send back"),
            ))
        return format_html_join("", "{}", ((part,) for part in parts))

    def _review_status(self, latest):
        when = timezone.localtime(latest.decided_at or latest.submitted_at)
        who = latest.decided_by or latest.submitted_by
        head = format_html(
            "<strong>{}</strong> ({}, {})", latest.get_state_display(),
            (who.get_full_name() or who.get_username()) if who else "?",
            when.strftime("%d/%m/%Y %H:%M"),
        )
        text = latest.comment if latest.state != ReviewRequest.State.SUBMITTED else latest.message
        css = "errornote" if latest.state == ReviewRequest.State.SENT_BACK else "help"
        if text:
            return format_html('<p class="review-status {}">{}: {}</p>', css, head, text)
        return format_html('<p class="review-status {}">{}</p>', css, head)

    def response_add(self, request, obj, post_url_continue=None):
        return self._review_response(request, obj) or super().response_add(
            request, obj, post_url_continue)

    def response_change(self, request, obj):
        return self._review_response(request, obj) or super().response_change(request, obj)

    def _review_response(self, request, obj):
        """Act on a review button after the save; None when none was pressed."""
        post = request.POST
        if self.SUBMIT in post:
            review.submit_for_review(item=obj, user=request.user,
                                     message=post.get("review_message", ""), request=request)
            self.message_user(request, gettext("Submitted for review: the publishers have been "
                                               "notified."), messages.SUCCESS)
        elif self.APPROVE in post or self.SEND_BACK in post:
            try:
                if self.APPROVE in post:
                    at = self._chosen_time(post.get("review_publish_at", ""))
                    decision = review.approve(item=obj, user=request.user, publish_at=at,
                                              comment=post.get("review_comment", ""),
                                              request=request)
                    self.message_user(request, gettext("Approved: public from %(when)s.") % {
                        "when": timezone.localtime(decision.publish_at).strftime(
                            "%d/%m/%Y %H:%M")}, messages.SUCCESS)
                else:
                    review.send_back(item=obj, user=request.user,
                                     comment=post.get("review_comment", ""), request=request)
                    self.message_user(request, gettext("Sent back to the editor."),
                                      messages.SUCCESS)
            except PermissionDenied:
                self.message_user(request, gettext("You may not publish this item."),
                                  messages.ERROR)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            return None
        return HttpResponseRedirect(self._change_url(obj))

    def _change_url(self, obj):
        opts = obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])

    @staticmethod
    def _chosen_time(value):
        parsed = parse_datetime(value.strip()) if value and value.strip() else None
        if parsed is not None and timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
        return parsed


class ReviewStateFilter(admin.SimpleListFilter):
    """The queue opens on what is waiting; the other states are a click away."""

    title = _("state")
    parameter_name = "state"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*ReviewRequest.State.choices, (self.ALL, _("All"))]

    def _current(self):
        return self.value() or ReviewRequest.State.SUBMITTED

    def queryset(self, request, queryset):
        current = self._current()
        return queryset if current == self.ALL else queryset.filter(state=current)

    def choices(self, changelist):
        current = self._current()
        for value, label in self.lookup_choices:
            yield {
                "selected": current == str(value),
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


@admin.register(ReviewRequest)
class ReviewRequestAdmin(admin.ModelAdmin):
    """The queue: items awaiting review that this user may publish (and past decisions)."""

    list_display = ("item_link", "item_type", "state", "submitted_by", "submitted_at",
                    "message", "decided_by", "comment")
    list_filter = (ReviewStateFilter, ("content_type", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("content_type", "submitted_by", "decided_by")
    date_hierarchy = "submitted_at"

    def get_queryset(self, request):
        return (super().get_queryset(request).prefetch_related("item")
                .filter(Q(content_type__in=review.reviewable_types(request.user))
                        | Q(submitted_by=request.user.pk)))

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "title": _("Awaiting review")}
        return super().changelist_view(request, extra_context)

    def has_view_permission(self, request, obj=None):
        return any(access.may_publish(request.user, model)
                   for model in review._publishable_models()) or super().has_view_permission(
                       request, obj)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False  # requests are made from an item's page

    def has_change_permission(self, request, obj=None):
        return False  # decided from the item's page, where the text can be read and edited

    def has_delete_permission(self, request, obj=None):
        return False  # the review history stays

    @admin.display(description=_("item"))
    def item_link(self, obj):
        item = obj.item
        if item is None:
            return _("(deleted)")
        try:
            url = reverse(f"admin:{item._meta.app_label}_{item._meta.model_name}_change",
                          args=[item.pk])
        except NoReverseMatch:
            return str(item)
        return format_html('<a href="{}">{}</a>', url, item)

    @admin.display(description=_("type"), ordering="content_type")
    def item_type(self, obj):
        return obj.content_type.model_class()._meta.verbose_name.capitalize() \
            if obj.content_type.model_class() else obj.content_type.name
