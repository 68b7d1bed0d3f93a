from django.urls import path

from .views import HomeView, TrustPageView

app_name = "core"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("privacyverklaring/", TrustPageView.as_view(template_name="core/privacy.html"), name="privacy"),
    path(
        "toegankelijkheid/",
        TrustPageView.as_view(template_name="core/accessibility.html"),
        name="accessibility",
    ),
    path("contact/", TrustPageView.as_view(template_name="core/contact.html"), name="contact"),
    path("over-wegwijzer/", TrustPageView.as_view(template_name="core/about.html"), name="about"),
]
