from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "platforma.portal"
    label = "portal"
