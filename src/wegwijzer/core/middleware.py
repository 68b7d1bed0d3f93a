"""Pages made for one person are never kept by a browser's cache, a shared computer's back button or a proxy."""

from django.utils.cache import patch_cache_control


class PrivateNoStoreMiddleware:
    """Every response to a request with a session or a logged-in user gets `Cache-Control: private, no-store`,
    unless the view chose its own Cache-Control. That covers every page with personal data (the privacy page, the
    exports, the advice, the plan and its PDF, the coach's and employer's views) and any page added later, without a
    decorator to forget. Public pages without a session stay cacheable; static files are served by WhiteNoise before
    this runs. Listed just after WhiteNoise, so it also covers refusals made by the middleware after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control") and self._personal(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def _personal(request) -> bool:
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        return (session is not None and not session.is_empty()) or bool(user and user.is_authenticated)
