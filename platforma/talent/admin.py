from django.contrib import admin

from platforma.talent.models import Offer

# Applications are deliberately not registered: their messages and CVs belong to the applicant and the
# organisation applied to, and the admin is used by coordinators (see permissions.py).


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "organisation", "city", "is_remote", "deadline", "closed_at"]
    list_filter = ["kind", "working_time", "is_remote"]
    search_fields = ["title", "organisation__name", "city"]
    autocomplete_fields = ["organisation"]
    raw_id_fields = ["author"]
    filter_horizontal = ["competences"]
    date_hierarchy = "deadline"
