"""The directory in the registry (core/registry.py): its demo (national entries with sources, two example
municipalities) and the help importers. It keeps no personal data: the municipality a person gives is their scan
answer, kept by the scan app."""

from wegwijzer.core.registry import AppPlugin, registry

from . import demo
from .importers import HELP_IMPORTERS

registry.register(AppPlugin(label="directory", demo=demo.load, importers=HELP_IMPORTERS))
