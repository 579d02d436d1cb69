from django.urls import path

from . import views

app_name = "challenges"
urlpatterns = [
    path("", views.challenge_list, name="list"),
    path("nowe/", views.challenge_create, name="create"),
    path("<int:pk>/", views.challenge_detail, name="detail"),
    path("<int:pk>/edytuj/", views.challenge_edit, name="edit"),
    path("<int:pk>/status/", views.challenge_status, name="status"),
    path("<int:pk>/my-tez/", views.challenge_support, name="support"),
    path("<int:pk>/my-tez/wycofaj/", views.challenge_support_withdraw, name="support_withdraw"),
    path("<int:pk>/propozycje/nowa/", views.proposal_create, name="proposal_create"),
    path("<int:pk>/propozycje/<int:proposal_pk>/decyzja/", views.proposal_decide, name="proposal_decide"),
    path("<int:pk>/propozycje/<int:proposal_pk>/wycofaj/", views.proposal_withdraw, name="proposal_withdraw"),
]
