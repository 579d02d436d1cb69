from django.contrib import admin

from platforma.opencalls.models import CallProposal, Criterion, Evaluation, EvaluationScore, Evaluator, OpenCall


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    fields = ["position", "name", "weight"]


class EvaluatorInline(admin.TabularInline):
    model = Evaluator
    extra = 0
    raw_id_fields = ["user", "added_by"]
    fields = ["user", "added_by", "created_at"]
    readonly_fields = ["created_at"]


@admin.register(OpenCall)
class OpenCallAdmin(admin.ModelAdmin):
    list_display = ["title", "challenge", "owner_organisation", "eligibility", "deadline", "decided_at"]
    list_filter = ["eligibility"]
    search_fields = ["title", "summary", "challenge__title"]
    raw_id_fields = ["challenge", "owner_organisation", "created_by", "decided_by", "winner", "pilot"]
    readonly_fields = ["terms_version", "created_at", "updated_at"]
    inlines = [CriterionInline, EvaluatorInline]


class EvaluationScoreInline(admin.TabularInline):
    model = EvaluationScore
    extra = 0
    fields = ["criterion", "score"]
    raw_id_fields = ["criterion"]


@admin.register(CallProposal)
class CallProposalAdmin(admin.ModelAdmin):
    """Attachments are not linked here: they go out only through the call's permission-checked view."""

    list_display = ["title", "call", "author", "organisation", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "call__title"]
    raw_id_fields = ["call", "author", "organisation"]
    readonly_fields = ["terms_accepted_at", "terms_version", "terms_text", "created_at", "updated_at"]


@admin.register(Evaluation)
class EvaluationAdmin(admin.ModelAdmin):
    list_display = ["proposal", "evaluator", "created_at"]
    raw_id_fields = ["proposal", "evaluator"]
    inlines = [EvaluationScoreInline]
