from django.contrib.auth import views as auth_views
from django.urls import path

from wegwijzer.core.registry import registry

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.start, name="start"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("inloggen/code/", views.login_code, name="login_code"),
    path("aanmelden/", views.signup_page, name="signup"),
    path("aanmelden/verstuurd/", views.signup_sent, name="signup_sent"),
    path("aanmelden/nieuwe-link/", views.signup_resend, name="signup_resend"),
    path("aanmelden/<uidb64>/<token>/", views.signup_confirm, name="signup_confirm"),
    path("mijn-wegwijzer/", views.mine, name="mine"),
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
    path("privacy/toestemming/<int:pk>/intrekken/", views.withdraw_consent, name="withdraw_consent"),
    path("verwijderen/", views.delete_own_account, name="delete_account"),
    path("verwijderd/", views.deleted, name="deleted"),
    path("tweestaps/", views.two_step_settings, name="two_step"),
    # Pages other apps add to the person's own account (e.g. coaching's "give a coach access"; core/registry.py).
    *registry.account_urls(),
]
