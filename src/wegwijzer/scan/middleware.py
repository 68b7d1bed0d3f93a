"""A stored scan never ends in a server error: a stored answer that does not fit its question (services.
StoredAnswerInvalid, from any page that turns the scan into a Profiel: advice, plan, catalogue) shows a page that
says which question to answer again, with a link to it."""

from django.shortcuts import render

from .services import StoredAnswerInvalid


class StoredAnswerInvalidMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, StoredAnswerInvalid):
            return render(request, "scan/fix_answer.html", {"question": exception.question})
        return None
