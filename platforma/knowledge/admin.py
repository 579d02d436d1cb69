from django.contrib import admin
from django.http import HttpRequest

from platforma.knowledge.models import (
    Article,
    ArticleAttachment,
    ArticleAuthor,
    ArticleImage,
    ArticleStatusChange,
    ArticleVersion,
)


class _ReadOnlyInline(admin.TabularInline):
    """Versions and status changes are a record: the admin reads them, never rewrites them."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    raw_id_fields = ["user"]


class ArticleVersionInline(_ReadOnlyInline):
    model = ArticleVersion
    fields = readonly_fields = ("number", "created_at", "changed_by", "title", "note")


class ArticleStatusChangeInline(_ReadOnlyInline):
    model = ArticleStatusChange
    fields = readonly_fields = ("changed_at", "from_status", "to_status", "changed_by", "note")


class ArticleImageInline(admin.TabularInline):
    model = ArticleImage
    extra = 0
    fields = ["image", "alt_text", "caption"]


class ArticleAttachmentInline(admin.TabularInline):
    model = ArticleAttachment
    extra = 0
    fields = ["title", "file_format", "size", "original_name"]
    readonly_fields = ["file_format", "size", "original_name"]

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        # New attachments go through the site's form, which checks their content.
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "visibility", "published_at"]
    list_filter = ["status", "kind", "visibility"]
    search_fields = ["title", "summary", "body"]
    raw_id_fields = ["created_by"]
    filter_horizontal = ["competences", "organisations"]
    readonly_fields = ["slug", "word_count", "submitted_at", "published_at", "created_at", "updated_at"]
    inlines = [
        ArticleAuthorInline,
        ArticleImageInline,
        ArticleAttachmentInline,
        ArticleVersionInline,
        ArticleStatusChangeInline,
    ]
