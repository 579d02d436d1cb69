from django.urls import path

from . import views

app_name = "organisations"
# Fixed paths come before "<slug>/": a slug never takes them (see validators.RESERVED_SLUGS).
urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("dolacz/", views.organisation_apply, name="apply"),
    path("zaproszenie/<str:token>/", views.invitation_accept, name="invitation"),
    path("<slug:slug>/", views.organisation_detail, name="detail"),
    path("<slug:slug>/wniosek-wyslany/", views.apply_done, name="apply_done"),
    path("<slug:slug>/edytuj/", views.organisation_edit, name="edit"),
    path("<slug:slug>/osoby/", views.organisation_people, name="people"),
    path("<slug:slug>/osoby/zapros/", views.organisation_invite, name="invite"),
    path("<slug:slug>/osoby/<int:membership_id>/rola/", views.person_set_role, name="person_role"),
    path("<slug:slug>/osoby/<int:membership_id>/usun/", views.person_remove, name="person_remove"),
    path("<slug:slug>/zaproszenia/<int:invitation_id>/wycofaj/", views.invitation_revoke, name="invitation_revoke"),
]
