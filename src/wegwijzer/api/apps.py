from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "wegwijzer.api"
    verbose_name = "API"
