from django.contrib import admin
from django.http import HttpRequest

from platforma.challenges.models import Challenge, ChallengeStatusChange, ChallengeSupport, Proposal


class ChallengeSupportInline(admin.TabularInline):
    model = ChallengeSupport
    extra = 0
    raw_id_fields = ["organisation", "user"]
    fields = ["organisation", "user", "note", "created_at"]
    readonly_fields = ["created_at"]


class ProposalInline(admin.StackedInline):
    model = Proposal
    extra = 0
    raw_id_fields = ["author", "organisation"]
    fields = ["title", "author", "organisation", "status", "description", "created_at"]
    readonly_fields = ["created_at"]


class ChallengeStatusChangeInline(admin.TabularInline):
    """The history is a record: the admin reads it, never rewrites it."""

    model = ChallengeStatusChange
    extra = 0
    fields = ["changed_at", "from_status", "to_status", "changed_by", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Challenge | None = None) -> bool:
        return False


@admin.register(Challenge)
class ChallengeAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "city", "status", "visibility", "is_hidden", "published_at"]
    list_filter = ["status", "visibility", "is_hidden", "organisation__type"]
    search_fields = ["title", "description", "city", "organisation__name"]
    list_select_related = ["organisation"]
    raw_id_fields = ["organisation", "author"]
    filter_horizontal = ["competences", "visible_to"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ChallengeSupportInline, ProposalInline, ChallengeStatusChangeInline]


@admin.register(ChallengeSupport)
class ChallengeSupportAdmin(admin.ModelAdmin):
    list_display = ["challenge", "organisation", "created_at"]
    search_fields = ["challenge__title", "organisation__name", "note"]
    list_select_related = ["challenge", "organisation"]
    raw_id_fields = ["challenge", "organisation", "user"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ["title", "challenge", "organisation", "author", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "description", "challenge__title", "organisation__name", "author__email"]
    list_select_related = ["challenge", "organisation", "author"]
    raw_id_fields = ["challenge", "author", "organisation"]


@admin.register(ChallengeStatusChange)
class ChallengeStatusChangeAdmin(admin.ModelAdmin):
    list_display = ["challenge", "from_status", "to_status", "changed_by", "changed_at"]
    list_filter = ["to_status"]
    search_fields = ["challenge__title", "note"]
    list_select_related = ["challenge", "changed_by"]
    raw_id_fields = ["challenge", "changed_by"]
