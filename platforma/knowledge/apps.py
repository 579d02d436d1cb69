from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "platforma.knowledge"
    label = "knowledge"
