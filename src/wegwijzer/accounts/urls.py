from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.start, name="start"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("inloggen/code/", views.login_code, name="login_code"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord/", views.PasswordChangeView.as_view(), name="password_change"),
    path("wachtwoord/gewijzigd/", views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("wachtwoord-vergeten/", views.PasswordResetView.as_view(), name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "wachtwoord-vergeten/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("wachtwoord-vergeten/klaar/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/mijn-gegevens.json", views.export_json, name="export_json"),
    path("privacy/mijn-gegevens.html", views.export_html, name="export_html"),
    path("privacy/coach/", views.grant_coach, name="grant_coach"),
    path("privacy/toestemming/<int:pk>/intrekken/", views.withdraw_consent, name="withdraw_consent"),
    path("verwijderen/", views.delete_own_account, name="delete_account"),
    path("verwijderd/", views.deleted, name="deleted"),
    path("tweestaps/", views.two_step_settings, name="two_step"),
    path("coach/", views.caseload, name="caseload"),
    path("coach/<int:person_id>/", views.coach_person, name="coach_person"),
    path("organisatie/", views.organisation, name="organisation"),
    path("organisatie/plannen/", views.shared_plans, name="shared_plans"),
    path("organisatie/plannen/<int:person_id>/", views.employer_person, name="employer_person"),
]
