from django.apps import AppConfig


class InitiativesConfig(AppConfig):
    name = "platforma.initiatives"
    label = "initiatives"
