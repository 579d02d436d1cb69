from django.urls import path

from . import booking_views, views

app_name = "resources"
urlpatterns = [
    path("", views.resource_list, name="list"),
    path("nowy/", views.resource_create, name="create"),
    path("<int:pk>/", views.resource_detail, name="detail"),
    path("<int:pk>/edytuj/", views.resource_edit, name="edit"),
    path("<int:pk>/zdjecia/", views.photo_add, name="photo_add"),
    path("<int:pk>/zdjecia/<int:photo_pk>/usun/", views.photo_delete, name="photo_delete"),
    path("<int:pk>/rezerwuj/", booking_views.booking_create, name="book"),
    path("rezerwacje/", booking_views.my_bookings, name="my_bookings"),
    path("rezerwacje/prosby/", booking_views.booking_requests, name="requests"),
    path("rezerwacje/<int:pk>/", booking_views.booking_detail, name="booking"),
    path("rezerwacje/<int:pk>/decyzja/", booking_views.booking_decide, name="booking_decide"),
    path("rezerwacje/<int:pk>/anuluj/", booking_views.booking_cancel, name="booking_cancel"),
]
