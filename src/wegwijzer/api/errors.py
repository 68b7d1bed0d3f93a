"""One error shape for the whole API: {"detail": "...", "field": "..."} with a Dutch message, never a traceback.

``field`` is the field as the client wrote it (``signup_url``, ``esco.0.label``, ``pagina``); it is null only when
the error is not about one field (the body as a whole, logging in, a missing offer).
"""

import json
import logging

from django.http.multipartparser import MultiPartParserError
from ninja.errors import AuthenticationError, HttpError, ValidationError

from wegwijzer.core.invalid_input import dutch_message, field_path

logger = logging.getLogger(__name__)

# ninja's locations start with where the value was ("body", "query", "path"); a JSON body is under its parameter.
SOURCES = {"body": 2, "query": 1, "path": 1, "header": 1, "cookie": 1, "form": 1, "file": 1}
WHOLE_BODY = {
    "missing": 'De body ontbreekt. Stuur een JSON-object, zoals {"title": "..."}.',
    "model_type": 'De body moet één JSON-object zijn, zoals {"title": "..."}; geen lijst, getal, tekst of null.',
}


def validation_detail(error: dict) -> tuple[str, str | None]:
    """(Dutch detail, field) for the first thing ninja found wrong."""
    loc = tuple(error.get("loc", ()))
    field = field_path(loc[SOURCES.get(str(loc[0]) if loc else "", 0) :]) or None
    if field is None and loc[:1] == ("body",):
        return WHOLE_BODY.get(error["type"], "De body is geen geldig JSON-object."), None
    if field is None:
        return f"Ongeldige invoer: {dutch_message(error)}", None
    return f"Ongeldige invoer bij '{field}': {dutch_message(error)}", field


def _unparseable(cause: ValueError) -> str:
    where = f" (regel {cause.lineno}, kolom {cause.colno})" if isinstance(cause, json.JSONDecodeError) else ""
    return f"De body is geen geldige JSON{where}. Controleer haakjes, komma's en aanhalingstekens, en stuur UTF-8."


def install_error_handlers(api) -> None:
    @api.exception_handler(ValidationError)
    def validation_error(request, exc: ValidationError):
        detail, field = validation_detail(exc.errors[0] if exc.errors else {"type": "", "loc": ()})
        return api.create_response(request, {"detail": detail, "field": field}, status=422)

    @api.exception_handler(AuthenticationError)
    def authentication_error(request, exc):
        return api.create_response(request, {"detail": "Log eerst in.", "field": None}, status=401)

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        if isinstance(exc.__cause__, ValueError):  # ninja could not parse the body (and says so in English)
            return api.create_response(request, {"detail": _unparseable(exc.__cause__), "field": None}, status=422)
        return api.create_response(request, {"detail": str(exc), "field": None}, status=exc.status_code)

    @api.exception_handler(MultiPartParserError)
    def unreadable_form(request, exc):  # a form body without its boundary, met while checking the CSRF token
        detail = "De body is geen geldig formulier. Stuur een JSON-object met Content-Type: application/json."
        return api.create_response(request, {"detail": detail, "field": None}, status=422)

    @api.exception_handler(Exception)
    def unexpected_error(request, exc):
        logger.exception("Onverwachte fout in de API")
        return api.create_response(
            request, {"detail": "Er ging iets mis aan onze kant. Probeer het later opnieuw.", "field": None}, status=500
        )
