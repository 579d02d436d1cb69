from django.contrib import admin

from platforma.resources.models import Booking, Resource, ResourcePhoto


class ResourcePhotoInline(admin.TabularInline):
    model = ResourcePhoto
    extra = 0
    fields = ["image", "alt_text", "uploaded_by", "created_at"]
    readonly_fields = ["uploaded_by", "created_at"]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "kind", "city", "is_free", "is_active"]
    list_filter = ["kind", "is_active", "is_free"]
    search_fields = ["name", "description", "city", "owner__name"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner", "created_by"]
    filter_horizontal = ["competences"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ResourcePhotoInline]


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Decisions belong on the site, where the no-overlap rule is checked under a lock; the admin reads."""

    list_display = ["resource", "starts_on", "ends_on", "status", "requested_by", "organisation", "decided_at"]
    list_filter = ["status"]
    search_fields = ["resource__name", "purpose", "requested_by__email", "organisation__name"]
    list_select_related = ["resource", "requested_by", "organisation"]
    raw_id_fields = ["resource", "requested_by", "organisation", "decided_by"]
    date_hierarchy = "starts_on"
    readonly_fields = ["status", "decided_by", "decided_at", "created_at", "updated_at"]
