from django.contrib import admin

from platforma.contact.models import Enquiry, EnquiryAnswer


class EnquiryAnswerInline(admin.StackedInline):
    model = EnquiryAnswer
    extra = 0
    # Answers are e-mailed when written in the panel; editing them here would not resend anything.
    readonly_fields = ["author", "body", "created_at", "sent_at", "send_attempts"]
    can_delete = False

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "organisation_name", "topic", "status", "created_at", "coordinator_notified_at"]
    list_filter = ["status", "topic"]
    search_fields = ["name", "email", "organisation_name", "message"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "created_at",
        "updated_at",
        "consent_given_at",
        "sender_ip",
        "coordinator_notified_at",
        "notification_attempts",
    ]
    inlines = [EnquiryAnswerInline]


@admin.register(EnquiryAnswer)
class EnquiryAnswerAdmin(admin.ModelAdmin):
    list_display = ["enquiry", "author", "created_at", "sent_at", "send_attempts"]
    list_select_related = ["enquiry", "author"]
    readonly_fields = ["enquiry", "author", "created_at", "sent_at", "send_attempts"]
    search_fields = ["body", "enquiry__email", "enquiry__name"]
