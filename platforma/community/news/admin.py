from django.contrib import admin

from platforma.community.news.models import News


@admin.register(News)
class NewsAdmin(admin.ModelAdmin):
    """For looking things up; publishing goes through /panel/aktualnosci/, which notifies the right people."""

    list_display = ["title", "status", "visibility", "organisation", "author", "published_at"]
    list_filter = ["status", "visibility"]
    search_fields = ["title", "lead"]
    raw_id_fields = ["author", "organisation"]
    filter_horizontal = ["competences"]
    readonly_fields = ["status", "published_at", "submitted_at", "review_note", "created_at", "updated_at"]
    date_hierarchy = "published_at"
