from django.urls import path

from . import views

app_name = "opencalls"
urlpatterns = [
    path("", views.call_list, name="list"),
    path("nowy/", views.call_create, name="create"),
    path("wyzwanie/<int:challenge_pk>/", views.challenge_calls, name="for_challenge"),
    path("<int:pk>/", views.call_detail, name="detail"),
    path("<int:pk>/edytuj/", views.call_edit, name="edit"),
    path("<int:pk>/rozstrzygnij/", views.call_decide, name="decide"),
    path("<int:pk>/oceniajacy/", views.evaluator_add, name="evaluator_add"),
    path("<int:pk>/oceniajacy/<int:evaluator_pk>/usun/", views.evaluator_remove, name="evaluator_remove"),
    path("<int:pk>/propozycje/nowa/", views.proposal_create, name="proposal_create"),
    path("<int:pk>/propozycje/<int:proposal_pk>/", views.proposal_detail, name="proposal_detail"),
    path("<int:pk>/propozycje/<int:proposal_pk>/edytuj/", views.proposal_edit, name="proposal_edit"),
    path("<int:pk>/propozycje/<int:proposal_pk>/wycofaj/", views.proposal_withdraw, name="proposal_withdraw"),
    path("<int:pk>/propozycje/<int:proposal_pk>/ocena/", views.proposal_score, name="proposal_score"),
    path("<int:pk>/zalaczniki/<int:attachment_pk>/", views.attachment_download, name="attachment"),
]
