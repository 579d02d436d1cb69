from django.contrib import admin
from django.http import HttpRequest

from platforma.initiatives.models import (
    Document,
    DocumentVersion,
    Goal,
    GroupMember,
    GroupPost,
    Initiative,
    InitiativeStatusChange,
    Milestone,
    Outcome,
    Participant,
    Pledge,
    Task,
    TimelineEntry,
    WorkingGroup,
)


class _ReadOnlyInline(admin.TabularInline):
    """Records the services write (history, timeline): the admin reads them, never rewrites them."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    raw_id_fields = ["organisation", "user", "invited_by", "responded_by"]
    fields = ["organisation", "user", "email", "role", "status", "responded_at"]


class PledgeInline(admin.TabularInline):
    model = Pledge
    extra = 0
    raw_id_fields = ["organisation", "resource", "created_by", "decided_by"]
    fields = ["organisation", "kind", "amount", "resource", "period_start", "period_end", "status"]


class StatusChangeInline(_ReadOnlyInline):
    model = InitiativeStatusChange
    fields = ["changed_at", "from_status", "to_status", "changed_by", "note"]
    readonly_fields = fields


class TimelineInline(_ReadOnlyInline):
    model = TimelineEntry
    fields = ["created_at", "kind", "params", "actor"]
    readonly_fields = fields


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ["name", "lead_organisation", "status", "visibility", "planned_start", "planned_end", "created_at"]
    list_filter = ["status", "visibility"]
    search_fields = ["name", "goal", "lead_organisation__name"]
    raw_id_fields = ["lead_organisation", "created_by"]
    filter_horizontal = ["challenges"]
    inlines = [ParticipantInline, PledgeInline, StatusChangeInline, TimelineInline]


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["initiative", "challenge_solved", "recorded_by", "recorded_at"]
    raw_id_fields = ["initiative", "recorded_by"]


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["title", "initiative", "status", "due_date"]
    list_filter = ["status"]
    search_fields = ["title", "initiative__name"]
    raw_id_fields = ["initiative", "assignee_user", "assignee_organisation", "created_by"]


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ["title", "initiative", "target_date"]
    raw_id_fields = ["initiative"]


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["title", "initiative", "due_date", "done_at"]
    raw_id_fields = ["initiative", "goal", "done_by"]


class DocumentVersionInline(_ReadOnlyInline):
    model = DocumentVersion
    fields = ["number", "original_name", "content_type", "size", "uploaded_by", "created_at"]
    readonly_fields = fields


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "initiative", "updated_at"]
    raw_id_fields = ["initiative", "created_by"]
    inlines = [DocumentVersionInline]


class GroupMemberInline(admin.TabularInline):
    model = GroupMember
    extra = 0
    raw_id_fields = ["user", "organisation", "added_by"]
    fields = ["user", "organisation", "role"]


@admin.register(WorkingGroup)
class WorkingGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "competence", "visibility", "created_at"]
    list_filter = ["visibility"]
    search_fields = ["name", "description", "problem_kind"]
    raw_id_fields = ["created_by", "source_challenge", "competence"]
    filter_horizontal = ["followed_challenges", "followed_initiatives"]
    inlines = [GroupMemberInline]


@admin.register(GroupPost)
class GroupPostAdmin(admin.ModelAdmin):
    list_display = ["group", "author", "created_at"]
    raw_id_fields = ["group", "author"]
