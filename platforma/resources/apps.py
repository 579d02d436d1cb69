from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "platforma.resources"
    label = "resources"
