from django.urls import path

from .views import applications, offers

app_name = "talent"
urlpatterns = [
    path("", offers.offer_list, name="list"),
    path("nowa/", offers.offer_create, name="create"),
    path("dla-mnie/", offers.offers_for_me, name="for_me"),
    path("moja-organizacja/", offers.organisation_offers, name="organisation_offers"),
    path("moje-aplikacje/", applications.my_applications, name="my_applications"),
    path("<int:pk>/", offers.offer_detail, name="detail"),
    path("<int:pk>/edytuj/", offers.offer_edit, name="edit"),
    path("<int:pk>/zamknij/", offers.offer_close, name="close"),
    path("<int:pk>/aplikuj/", applications.application_create, name="apply"),
    path("<int:pk>/aplikacje/", applications.offer_applications, name="applications"),
    path("aplikacje/<int:pk>/", applications.application_detail, name="application"),
    path("aplikacje/<int:pk>/cv/", applications.application_cv, name="application_cv"),
    path("aplikacje/<int:pk>/status/", applications.application_status, name="application_status"),
    path("aplikacje/<int:pk>/wycofaj/", applications.application_withdraw, name="application_withdraw"),
]
