from django.urls import path

from . import views

app_name = "scan"

urlpatterns = [
    path("", views.start, name="start"),
    path("vraag/<slug:key>/", views.question, name="question"),
    path("antwoorden/", views.overview, name="overview"),
    path("advies/", views.result, name="result"),
    path("toestemming/", views.consent, name="consent"),
    path("opnieuw/", views.start_over, name="start_over"),
    path("verder/", views.resume, name="resume"),
    path("verder/<str:code>/", views.resume_link, name="resume_link"),
    path("bewaren/", views.save_to_account, name="save"),
    path("plan/", views.plan, name="plan"),
    path("plan/aanpassen/", views.plan_edit, name="plan_edit"),
    path("plan/ontwikkelplan.pdf", views.plan_pdf, name="plan_pdf"),
    path("plan/delen/", views.plan_share, name="plan_share"),
]
