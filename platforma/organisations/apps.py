from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "platforma.organisations"
    label = "organisations"
