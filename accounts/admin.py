from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import PartnerAccount

User = get_user_model()


class PartnerAccountInline(admin.StackedInline):
    model = PartnerAccount
    can_delete = True
    extra = 0
    max_num = 1
    verbose_name = _("partner organisation")
    verbose_name_plural = _("partner access (leave empty for secretariat staff)")
    autocomplete_fields = ("organisation",)


class PasswordChangeForm(AdminPasswordChangeForm):
    # Django glues an untranslatable warning to this help text (auth/forms.py); the same
    # warning, through the catalogue.
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text,
        _("If disabled, the current password for this user will be lost."),
    )


admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Users with their partner organisation, so the secretariat creates partners in one form."""

    inlines = [PartnerAccountInline]
    change_password_form = PasswordChangeForm
    list_display = ("username", "email", "first_name", "last_name", "organisation", "is_staff",
                    "is_active", "last_login")
    list_filter = ("is_staff", "is_active", "partner_account__organisation")
    list_select_related = ("partner_account__organisation",)

    def get_readonly_fields(self, request, obj=None):
        # Only a superuser makes another: an administrator editing users (their own page
        # included) cannot tick "superuser" to step past the screens kept for administrators.
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields if request.user.is_superuser else (*fields, "is_superuser")

    @admin.display(description=_("partner organisation"))
    def organisation(self, obj):
        account = getattr(obj, "partner_account", None)
        return account.organisation if account else "—"
