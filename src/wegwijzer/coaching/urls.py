from django.urls import path

from . import views

app_name = "coaching"

urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("<int:person_id>/", views.person, name="person"),
]

# Part of the participant's own account pages (/account/privacy/coach/…, namespace accounts); see plugin.py.
account_urlpatterns = [
    path("privacy/coach/", views.grant_coach, name="grant_coach"),
    path("privacy/coach/voorbeeld/", views.coach_preview, name="coach_preview"),
]
