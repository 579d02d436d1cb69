from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from platforma.organisations.models import Invitation, MembershipStatusChange, Organisation, OrganisationMembership


class MembershipInline(admin.TabularInline):
    model = OrganisationMembership
    extra = 0
    raw_id_fields = ["user"]
    fields = ["user", "role", "created_at"]
    readonly_fields = ["created_at"]


class InvitationInline(admin.TabularInline):
    model = Invitation
    extra = 0
    fields = ["email", "role", "status", "invited_by", "created_at", "accepted_by", "accepted_at"]
    readonly_fields = ["invited_by", "created_at", "accepted_by", "accepted_at"]
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        # New invitations need a token and an e-mail: they are sent from the organisation's people page.
        return False


class StatusChangeInline(admin.TabularInline):
    model = MembershipStatusChange
    extra = 0
    fields = ["created_at", "from_status", "to_status", "changed_by", "note"]
    readonly_fields = ["created_at", "from_status", "to_status", "changed_by", "note"]
    can_delete = False

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "city", "cluster_status", "member_since", "applied_at"]
    list_filter = ["cluster_status", "type", "city"]
    search_fields = ["name", "slug", "nip", "regon", "krs", "city", "email"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["competences"]
    raw_id_fields = ["decided_by"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"
    inlines = [MembershipInline, InvitationInline, StatusChangeInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "type", "nip", "regon", "krs"]}),
        (
            _("Adres i kontakt"),
            {"fields": ["street", "postal_code", "city", "latitude", "longitude", "website", "email", "phone"]},
        ),
        (_("Profil"), {"fields": ["description", "logo", "competences", "offers", "needs"]}),
        (
            _("Członkostwo w klastrze"),
            {
                "description": _(
                    "Decyzje o wnioskach podejmuj w panelu koordynatora: wtedy wnioskodawca dostaje e-mail, "
                    "a zmiana trafia do historii."
                ),
                "fields": [
                    "cluster_status",
                    "member_since",
                    "applied_at",
                    "application_note",
                    "decided_at",
                    "decided_by",
                    "decision_note",
                ],
            },
        ),
        (_("Zapis"), {"fields": ["created_at", "updated_at"]}),
    ]


@admin.register(OrganisationMembership)
class OrganisationMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation__name"]
    raw_id_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "status", "invited_by", "created_at"]
    list_filter = ["status", "role"]
    search_fields = ["email", "organisation__name"]
    raw_id_fields = ["organisation", "invited_by", "accepted_by"]
    readonly_fields = ["token", "created_at", "accepted_at"]
    list_select_related = ["organisation", "invited_by"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False
