"""The JSON API for other systems, version 1, with its OpenAPI schema at /api/v1/openapi.json."""

from ninja import NinjaAPI

from wegwijzer.advice.api import router as advice_router
from wegwijzer.catalogue.api import router as catalogue_router
from wegwijzer.catalogue.eligibility_api import router as eligibility_router

from .errors import install_error_handlers

api = NinjaAPI(
    title="Wegwijzer API",
    version="1",
    description=(
        "De API van Wegwijzer voor andere systemen. Het hart is het advies: een Profiel (contract v1) erin, "
        "een Advies eruit, met bij elke stap waarom en de bron in het onderzoek."
    ),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
install_error_handlers(api)
api.add_router("/advice", advice_router, tags=["advies"])
api.add_router("/offers", catalogue_router, tags=["aanbod"])
api.add_router("/funding", eligibility_router, tags=["geld voor leren"])
