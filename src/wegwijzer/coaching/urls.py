from django.urls import path

from . import views

app_name = "coaching"

urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("uitnodigen/", views.invite, name="invite"),
    path("<int:person_id>/", views.person, name="person"),
    path("<int:person_id>/dossier/", views.file, name="file"),
    path("<int:person_id>/gesprek/", views.contact, name="contact"),
    path("<int:person_id>/verwijzing/<int:referral_id>/", views.follow_up, name="follow_up"),
    path("<int:person_id>/plan/", views.plan, name="plan"),
    path("<int:person_id>/plan/stap/<int:step_id>/", views.plan_step, name="plan_step"),
    path("<int:person_id>/plan/stap/<int:step_id>/aanbod/", views.plan_step_offer, name="plan_step_offer"),
    path("<int:person_id>/plan/stap/<int:step_id>/weg/", views.plan_step_delete, name="plan_step_delete"),
    path("<int:person_id>/geld/", views.funding, name="funding"),
]

# Part of the participant's own account pages (/account/…, namespace accounts); see plugin.py.
account_urlpatterns = [
    path("privacy/coach/", views.grant_coach, name="grant_coach"),
    path("privacy/coach/voorbeeld/", views.coach_preview, name="coach_preview"),
    path("coach/", views.my_coach, name="my_coach"),
    path("coach/uitnodiging/", views.accept_invitation, name="coach_invitation"),
    path("coach/plan/", views.my_plan, name="my_coach_plan"),
    path("coach/plan/stap/<int:step_id>/", views.my_plan_step, name="my_coach_plan_step"),
    path("coach/plan/stap/<int:step_id>/aanbod/", views.my_plan_step_offer, name="my_coach_plan_step_offer"),
    path("coach/plan/stap/<int:step_id>/weg/", views.my_plan_step_delete, name="my_coach_plan_step_delete"),
    path("coach/verwijzing/<int:pk>/weg/", views.remove_referral, name="remove_referral"),
]
