from django.apps import AppConfig


class TalentConfig(AppConfig):
    name = "platforma.talent"
    label = "talent"
