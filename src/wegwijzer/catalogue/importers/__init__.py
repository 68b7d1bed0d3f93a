"""The catalogue's offer importers, as entries of the app registry (core/registry.py, kind "offers").

``wegwijzer import_offers`` chooses one by ``--formaat`` or by the file's suffix. Both take the same arguments:
``run(text, provider_code, provider_name, report=None, progress=quiet)`` and return the ImportReport.
"""

from wegwijzer.core.registry import Importer

from .csv_offers import import_csv
from .ooapi import import_ooapi

OFFER_IMPORTERS = (
    Importer(
        kind="offers",
        format="csv",
        suffixes=(".csv",),
        description="CSV met een kolom per veld (docs/import-offers.md)",
        run=import_csv,
    ),
    Importer(
        kind="offers",
        format="ooapi",
        suffixes=(".json",),
        description="OOAPI v5 JSON: offerings met hun course of program",
        run=import_ooapi,
    ),
)
