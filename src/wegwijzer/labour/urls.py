from django.urls import path

from . import views

app_name = "labour"
urlpatterns = [
    path("", views.my_work, name="my_work"),
    path("doel/", views.choose_goal, name="choose_goal"),
]
