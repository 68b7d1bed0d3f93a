"""Demo data: each app may have a ``demo.py`` with a ``load()`` function; ``load_demo_data`` calls them all."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps


def demo_loaders():
    for config in apps.get_app_configs():
        module_name = f"{config.name}.demo"
        if config.name.startswith("wegwijzer.") and config.name != "wegwijzer.core" and find_spec(module_name):
            module = import_module(module_name)
            yield config.label, module.load
