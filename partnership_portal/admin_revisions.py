"""The admin side of revisions: history with a comparison of any two versions, restore,
recover, and unpublished changes to live items (see partnership_portal/revisions.py)."""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, resolve, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.models import Version
from reversion.revisions import is_active as reversion_is_active
from reversion.revisions import set_comment as reversion_set_comment
from reversion.utils import mute_signals

from . import access, review, revisions

MUTED = (pre_save, post_save, pre_delete, post_delete, m2m_changed)


class _Rollback(Exception):
    """Leaves a transaction whose writes were only there to render something."""

    def __init__(self, response):
        self.response = response


class RevisionAdminMixin(VersionAdmin):
    """django-reversion's VersionAdmin (revisions of every admin save, restore, recover) with
    our own history page (choose two versions to compare) and unpublished changes."""

    object_history_template = "admin/revisions/object_history.html"
    change_list_template = "admin/revisions/change_list.html"
    history_latest_first = True

    # --- urls ---------------------------------------------------------------------------------

    # The revision keeps the admin's change message as data (JSON), as the admin's own log
    # does, so the history names the changed fields in the reader's language
    # (`portal_admin.change_message`); reversion stores it rendered in the saver's.
    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion_is_active():
            reversion_set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion_is_active():
            reversion_set_comment(entry.change_message)
        return entry

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # A save stored as unpublished changes runs Django's whole save and rolls it back:
        # its "was changed successfully" would tell an editor the change is live. The
        # outcome is said once the changes are stored (_save_as_pending); warnings stay.
        if getattr(request, "_revisions_rolled_back_save", False) and level == messages.SUCCESS:
            return
        super().message_user(request, message, level, *args, **kwargs)

    def get_urls(self):
        prefix = f"{self.model._meta.app_label}_{self.model._meta.model_name}"
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/history/compare/", view(self.compare_view),
                 name=f"{prefix}_compare"),
            path("<path:object_id>/pending/compare/", view(self.pending_compare_view),
                 name=f"{prefix}_pending_compare"),
            path("<path:object_id>/pending/preview/<str:language>/",
                 view(self.pending_preview_view), name=f"{prefix}_pending_preview"),
            path("<path:object_id>/pending/<str:action>/", view(self.pending_action_view),
                 name=f"{prefix}_pending_action"),
            *super().get_urls(),
        ]

    def _url(self, name, *args):
        opts = self.model._meta
        return reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}",
                       args=args)

    def _live_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    # --- history and comparison ---------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        obj = self._live_object(request, object_id)
        versions = list(
            Version.objects.get_for_object(obj).select_related("revision", "revision__user")
            .order_by("-pk"))
        context = {
            **self.admin_site.each_context(request),
            "title": _("History: %(item)s") % {"item": obj},
            "opts": self.model._meta, "object": obj, "original": obj,
            "module_name": capfirst(self.model._meta.verbose_name_plural),  # the breadcrumb
            "versions": versions, "object_id": quote(obj.pk),
            "compare_url": self._url("compare", quote(obj.pk)),
            "may_restore": self._may_restore(request, obj),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def compare_view(self, request, object_id):
        obj = self._live_object(request, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        try:
            ids = sorted(int(v) for v in request.GET.getlist("version"))
        except ValueError:
            ids = []
        if len(ids) != 2:
            messages.warning(request, _("Choose two versions to compare."))
            return HttpResponseRedirect(self._url("history", quote(obj.pk)))
        old = get_object_or_404(versions, pk=ids[0])
        new = get_object_or_404(versions, pk=ids[1])
        fields, inlines = revisions.compare_states(
            self.model, obj.pk,
            revisions.state_from_versions(old.revision.version_set.all()),
            revisions.state_from_versions(new.revision.version_set.all()))
        return self._render_compare(request, obj, fields, inlines, {
            "old_label": self._version_label(old), "new_label": self._version_label(new),
            "old_version": old, "new_version": new,
            "may_restore": self._may_restore(request, obj),
        })

    def _version_label(self, version):
        revision = version.revision
        when = timezone.localtime(revision.date_created).strftime("%d/%m/%Y %H:%M")
        who = revision.user.get_username() if revision.user else "—"
        return f"{when} ({who})"

    def _render_compare(self, request, obj, fields, inlines, extra):
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare versions: %(item)s") % {"item": obj},
            "opts": self.model._meta, "object": obj, "original": obj,
            "object_id": quote(obj.pk), "fields": fields, "inlines": inlines, **extra,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/revisions/compare.html", context)

    def _may_restore(self, request, obj):
        """Restoring puts a version live at once: a published item's versions are restored by
        those who may publish it (an editor is not offered what the save would refuse)."""
        return self.has_change_permission(request, obj) and (
            not self._model_is_publishable() or not revisions.is_live(obj)
            or access.may_publish(request.user, self.model))

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # Restoring or recovering works on the live rows, never on unpublished changes, and
        # puts the item live at once: that takes the right to publish when it is published.
        request._revisions_plain = True
        if request.method == "POST" and self._model_is_publishable():
            restored = version._object_version.object  # the version's own status decides
            if (restored.status == revisions.Publishable.Status.PUBLISHED
                    or revisions.is_live(self.model(pk=restored.pk))):
                if not access.may_publish(request.user, self.model):
                    # In the admin, with the reason: not the public site's 403 page.
                    messages.error(request, _(
                        "Only a publisher may restore a version of a published item: it "
                        "would be public at once. Nothing was restored."))
                    return HttpResponseRedirect(self._url("history", quote(restored.pk)))
        return super()._reversion_revisionform_view(request, version, template_name,
                                                    extra_context)

    # --- unpublished changes --------------------------------------------------------------------

    def _model_is_publishable(self):
        return issubclass(self.model, revisions.Publishable)

    def _saves_as_pending(self, request, obj):
        if not revisions.is_live(obj):
            return False
        return ("_save_pending" in request.POST
                or not access.may_publish(request.user, self.model))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # VersionAdmin.change_view wraps the save in a revision; unpublished changes must not
        # make one, and a publisher's save of them makes its own, so both are handled here.
        if not self._model_is_publishable() or request.method not in ("GET", "POST"):
            return super().change_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return super().change_view(request, object_id, form_url, extra_context)
        pending = revisions.pending_change_for(obj)
        if request.method == "GET":
            if pending is None or "live" in request.GET:
                return super().change_view(request, object_id, form_url, extra_context)
            return self._render_with_pending(request, obj, pending, object_id, form_url,
                                             extra_context)
        if pending is not None and "live" in request.GET:
            # The form showed the published version: saving it would be checked against the
            # unpublished changes (a false conflict) and then overwrite them. Refused, with
            # nothing changed; the buttons are not offered there (render_change_form).
            messages.error(request, _(
                "The published version is shown for reading only while unpublished changes "
                "wait: nothing was saved. Edit the unpublished changes, or discard them first."))
            return HttpResponseRedirect(self._url("change", quote(obj.pk)))
        if self._saves_as_pending(request, obj):
            return self._save_as_pending(request, obj, pending, object_id, form_url,
                                         extra_context)
        if pending is None:
            return super().change_view(request, object_id, form_url, extra_context)
        # A publisher saving the form (which shows the unpublished changes): the changes and
        # the form's edits go live together, as one revision.
        try:
            with transaction.atomic():
                revisions.apply_versions(obj, revisions.versions_from_data(pending.versions))
                with self.create_revision(request):
                    response = self.changeform_view(request, object_id, form_url, extra_context)
                    if response.status_code != 302:
                        if hasattr(response, "render"):
                            response.render()
                        raise _Rollback(response)  # through the revision block: none saved
                pending.delete()
                return response
        except _Rollback as rollback:
            return rollback.response

    def _render_with_pending(self, request, obj, pending, object_id, form_url, extra_context):
        """The change form filled from the unpublished changes: applied, rendered, rolled back."""
        try:
            with transaction.atomic(), mute_signals(*MUTED):
                revisions.apply_versions(obj, revisions.versions_from_data(pending.versions))
                response = self.changeform_view(request, object_id, form_url, extra_context)
                if hasattr(response, "render"):
                    response.render()
                raise _Rollback(response)
        except _Rollback as rollback:
            return rollback.response

    def _save_as_pending(self, request, obj, pending, object_id, form_url, extra_context):
        """The full admin save (inlines, m2m) inside a savepoint; what it wrote is serialized
        and stored, then rolled back: the live rows and the live page stay as they were."""
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        try:
            with transaction.atomic():
                if pending is not None:
                    revisions.apply_versions(obj, revisions.versions_from_data(pending.versions))
                # Outside reversion's revision block: no revision of rows rolled back below.
                request._revisions_rolled_back_save = True
                try:
                    response = self.changeform_view(request, object_id, form_url,
                                                    extra_context)
                finally:
                    request._revisions_rolled_back_save = False
                if response.status_code != 302:
                    if hasattr(response, "render"):
                        response.render()
                    raise _Rollback(response)
                saved = self.model._default_manager.get(pk=obj.pk)
                data = revisions.serialize_graph(saved)
                raise _Rollback(data)
        except _Rollback as rollback:
            if not isinstance(rollback.response, list):
                return rollback.response
            data = rollback.response
        revisions.store_pending_change(obj, data, request.user)
        submit = getattr(self, "SUBMIT", None)
        if submit and submit in request.POST:
            # "Save and submit for review": the request the save made was rolled back with
            # it (and its e-mail, sent on commit), so it is made again here, for real.
            review.submit_for_review(item=obj, user=request.user,
                                     message=request.POST.get("review_message", ""),
                                     request=request)
        messages.success(request, _(
            "Your changes are saved as unpublished changes: readers still see the published "
            "version until a publisher publishes them."))
        if submit and submit in request.POST:
            messages.success(request, _("Submitted for review: the publishers have been "
                                        "notified."))
        return HttpResponseRedirect(request.path)

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        if (change and obj is not None and self._model_is_publishable()
                and not getattr(request, "_revisions_plain", False)):
            pending = revisions.pending_change_for(obj)
            live = revisions.is_live(obj)
            object_id = quote(obj.pk)
            if pending is not None and "live" in request.GET:
                context.update(show_save=False, show_save_and_continue=False,
                               show_save_and_add_another=False, show_save_as_new=False)
            context.update({
                "revisions_live": live,
                "revisions_may_publish": access.may_publish(request.user, self.model),
                "revisions_pending": pending,
                "revisions_showing_live": "live" in request.GET,
                "revisions_urls": {
                    "compare": self._url("pending_compare", object_id),
                    "publish": self._url("pending_action", object_id, "publish"),
                    "discard": self._url("pending_action", object_id, "discard"),
                    "schedule": self._url("pending_action", object_id, "schedule"),
                    "previews": [
                        (code.upper(), self._url("pending_preview", object_id, code))
                        for code in revisions.languages()],
                    "live": self._url("change", object_id) + "?live=1",
                    "pending": self._url("change", object_id),
                },
            })
        response = super().render_change_form(request, context, add, change, form_url, obj)
        if not self.change_form_template and hasattr(response, "template_name"):
            response.template_name = ["admin/revisions/change_form.html"]
        return response

    def pending_compare_view(self, request, object_id):
        obj = self._live_object(request, object_id)
        pending = revisions.pending_change_for(obj)
        if pending is None:
            raise Http404
        fields, inlines = revisions.compare_states(
            self.model, obj.pk, revisions.live_state(obj),
            revisions.state_from_versions(revisions.versions_from_data(pending.versions)))
        return self._render_compare(request, obj, fields, inlines, {
            "old_label": _("Published version"),
            "new_label": _("Unpublished changes"), "pending": pending,
        })

    def pending_preview_view(self, request, object_id, language):
        """The public page with the unpublished changes, rendered inside a transaction that is
        rolled back (inlines and links render from real rows; nothing stays written)."""
        obj = self._live_object(request, object_id)
        pending = revisions.pending_change_for(obj)
        if pending is None or language not in revisions.languages():
            raise Http404
        try:
            with transaction.atomic(), mute_signals(*MUTED):
                revisions.apply_versions(obj, revisions.versions_from_data(pending.versions))
                changed = self.model._default_manager.get(pk=obj.pk)
                with translation.override(language):
                    url = changed.get_absolute_url()
                    match = resolve(url)
                    request.LANGUAGE_CODE = language
                    response = match.func(request, *match.args, **match.kwargs)
                    if hasattr(response, "render"):
                        response.render()
                raise _Rollback(response)
        except _Rollback as rollback:
            response = rollback.response
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response

    def pending_action_view(self, request, object_id, action):
        if request.method != "POST":
            return HttpResponseRedirect(self._url("change", object_id))
        obj = self._live_object(request, object_id)
        pending = revisions.pending_change_for(obj)
        if pending is None:
            raise Http404
        may_publish = access.may_publish(request.user, self.model)
        if action == "publish":
            if not may_publish:
                raise PermissionDenied
            obj = revisions.pending_change_publish(pending=pending, user=request.user)
            self.log_change(request, obj, _("Published the unpublished changes."))
            messages.success(request, _("The changes are published."))
        elif action == "discard":
            if not (may_publish or pending.author_id == request.user.pk):
                raise PermissionDenied
            pending.delete()
            messages.success(request, _("The unpublished changes were discarded."))
        elif action == "schedule":
            if not may_publish:
                raise PermissionDenied
            when = parse_datetime(request.POST.get("publish_at", ""))
            if when is None:
                pending.publish_at = None
                pending.scheduled_by = None
                messages.success(request, _("The changes are no longer scheduled."))
            else:
                if timezone.is_naive(when):
                    when = timezone.make_aware(when)
                pending.publish_at, pending.scheduled_by = when, request.user
                messages.success(request, _("The changes will be published on %(when)s.") % {
                    "when": timezone.localtime(when).strftime("%d/%m/%Y %H:%M")})
            pending.save()
        else:
            raise Http404
        return HttpResponseRedirect(self._url("change", quote(obj.pk)))
