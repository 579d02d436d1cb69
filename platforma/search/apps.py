from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "platforma.search"
    label = "search"
