from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import Profile, User


class EmailUserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email"]


class EmailUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ["job_title", "city", "bio", "availability", "visibility", "competences"]
    filter_horizontal = ["competences"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Django's user admin with the e-mail as the only identifier (there is no username)."""

    form = EmailUserChangeForm
    add_form = EmailUserCreationForm
    list_display = ["email", "first_name", "last_name", "is_coordinator", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_coordinator", "is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    ordering = ["email"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Dane osobowe"), {"fields": ["first_name", "last_name"]}),
        (
            _("Uprawnienia"),
            {"fields": ["is_active", "is_coordinator", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Ważne daty"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "usable_password", "password1", "password2"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]

    def get_inlines(self, request: HttpRequest, obj: Any = None) -> list[Any]:
        # A new person gets their profile on first use (services.profile_get_or_create), not on the add form.
        return [ProfileInline] if obj is not None else []

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Coordinators manage people, but only a superuser hands out admin powers: otherwise a
            # coordinator could make anyone (or themselves) a superuser.
            readonly += ["is_staff", "is_superuser", "groups", "user_permissions"]
        return readonly

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Changing a superuser includes setting their password: that stays with superusers.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "job_title", "city", "availability", "visibility", "updated_at"]
    list_filter = ["availability", "visibility"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "job_title", "city"]
    autocomplete_fields = ["user"]
    filter_horizontal = ["competences"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Profile]:
        return super().get_queryset(request).select_related("user")
