from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "platforma.core"
    label = "core"
