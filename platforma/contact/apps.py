from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "platforma.contact"
    label = "contact"
