from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "platforma.matching"
    label = "matching"
    verbose_name = "Dopasowania"
