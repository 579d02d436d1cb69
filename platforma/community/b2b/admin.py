"""B2B in the Django admin: sessions and profiles can be corrected; meetings, their seats and outcomes are
shown read-only, because placing and cancelling go through services.py, which keeps nobody booked twice
and tells the people concerned. The organiser's pages (/wydarzenia/<id>/b2b/plan/) do the planning."""

from django.contrib import admin

from platforma.community.b2b.models import B2BProfile, B2BSession, Meeting, MeetingOutcome, MeetingSeat, TimeWindow


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class TimeWindowInline(admin.TabularInline):
    model = TimeWindow
    extra = 0


@admin.register(B2BSession)
class B2BSessionAdmin(admin.ModelAdmin):
    list_display = ("event", "is_enabled", "slot_minutes", "tables", "request_deadline")
    list_filter = ("is_enabled",)
    search_fields = ("event__title",)
    raw_id_fields = ("event", "created_by")
    inlines = [TimeWindowInline]


@admin.register(B2BProfile)
class B2BProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "session", "organisation")
    search_fields = ("user__email", "user__first_name", "user__last_name", "offer", "seek", "session__event__title")
    raw_id_fields = ("session", "user", "organisation")
    filter_horizontal = ("competences",)


class MeetingSeatInline(admin.TabularInline):
    model = MeetingSeat
    extra = 0
    fields = ("user", "starts_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyAdmin):
    list_display = ("session", "requester", "recipient", "status", "starts_at", "table")
    list_filter = ("status",)
    search_fields = ("session__event__title", "requester__email", "recipient__email")
    inlines = [MeetingSeatInline]


@admin.register(MeetingOutcome)
class MeetingOutcomeAdmin(ReadOnlyAdmin):
    list_display = ("meeting", "user", "outcome", "created_at")
    list_filter = ("outcome",)
    search_fields = ("meeting__session__event__title", "user__email", "note")
