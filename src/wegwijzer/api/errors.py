"""One error shape for the whole API: {"detail": "...", "field": "..."} with a Dutch message, never a traceback."""

import logging

from ninja.errors import AuthenticationError, HttpError, ValidationError

from wegwijzer.advice.engine.profile import dutch_message

logger = logging.getLogger(__name__)


def install_error_handlers(api) -> None:
    @api.exception_handler(ValidationError)
    def validation_error(request, exc: ValidationError):
        first = exc.errors[0] if exc.errors else {}
        loc = [str(part) for part in first.get("loc", []) if part not in ("body", "query", "path", "payload")]
        field = ".".join(loc) or None
        detail = f"Ongeldige invoer bij '{field}': {dutch_message(first)}" if field else "Ongeldige invoer."
        return api.create_response(request, {"detail": detail, "field": field}, status=422)

    @api.exception_handler(AuthenticationError)
    def authentication_error(request, exc):
        return api.create_response(request, {"detail": "Log eerst in.", "field": None}, status=401)

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        return api.create_response(request, {"detail": str(exc), "field": None}, status=exc.status_code)

    @api.exception_handler(Exception)
    def unexpected_error(request, exc):
        logger.exception("Onverwachte fout in de API")
        return api.create_response(
            request, {"detail": "Er ging iets mis aan onze kant. Probeer het later opnieuw.", "field": None}, status=500
        )
