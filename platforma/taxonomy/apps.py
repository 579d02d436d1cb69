from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "platforma.taxonomy"
    label = "taxonomy"
