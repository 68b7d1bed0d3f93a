from django.urls import path

from . import views

app_name = "credentials"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("vragen/<int:skill_id>/", views.ask, name="ask"),
    path("leerstap/<int:pk>/vragen/", views.ask_for_learning, name="ask_for_learning"),
    path("aanbod/<int:offer_id>/afgerond/", views.ask_learning_confirmation, name="ask_learning_confirmation"),
    path("leerstap-bevestigen/<str:code>/", views.confirm_learning, name="confirm_learning"),
    path("<uuid:pk>/bewijs.json", views.download_json, name="download_json"),
    path("<uuid:pk>/badge.svg", views.download_svg, name="download_svg"),
    path("<uuid:pk>/delen/", views.toggle_share, name="share"),
    path("controleren/", views.verify, name="verify"),
    path("gedeeld/<str:code>/", views.shared, name="shared"),
    path("uitgever/", views.issuer, name="issuer"),
    path("status/1", views.status_list, name="status_list"),
]
