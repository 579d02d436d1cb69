from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("<int:content_type_id>/<int:object_id>/", views.thread, name="thread"),
    path("<int:content_type_id>/<int:object_id>/dodaj/", views.comment_create, name="create"),
    path("<int:pk>/odpowiedz/", views.comment_reply, name="reply"),
    path("<int:pk>/edytuj/", views.comment_edit, name="edit"),
    path("<int:pk>/usun/", views.comment_delete, name="delete"),
    path("<int:pk>/ukryj/", views.comment_hide, name="hide"),
    path("<int:pk>/zglos/", views.comment_report, name="report"),
]
