from django.contrib import admin

from platforma.community.events.models import Event, Registration


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    raw_id_fields = ("user", "organisation")
    readonly_fields = ("waiting_since", "promoted_at", "cancelled_at", "reminder_sent_at")


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "starts_at", "town", "status", "visibility", "capacity")
    list_filter = ("status", "visibility")
    search_fields = ("title", "place", "town")
    date_hierarchy = "starts_at"
    raw_id_fields = ("organiser", "created_by")
    filter_horizontal = ("competences",)
    inlines = [RegistrationInline]
