from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "platforma.challenges"
    label = "challenges"
