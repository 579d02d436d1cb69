from django.urls import path

from . import views

# Mounted at /konto/ next to allauth's URLs (login/, signup/, password/…, email/, confirm-email/…),
# so these paths are Polish words allauth does not use.
app_name = "accounts"
urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("specjalista/<int:pk>/", views.public_profile, name="public_profile"),
    path("moje-dane/", views.data_export, name="data_export"),
    path("usun/", views.account_delete, name="delete"),
]
