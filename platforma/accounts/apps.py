from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "platforma.accounts"
    label = "accounts"
