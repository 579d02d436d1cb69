from django.apps import AppConfig


class OpencallsConfig(AppConfig):
    name = "platforma.opencalls"
    label = "opencalls"
