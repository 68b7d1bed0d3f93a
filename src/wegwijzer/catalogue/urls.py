from django.urls import path

from . import views

app_name = "catalogue"

urlpatterns = [
    path("", views.offer_list, name="list"),
    path("<int:pk>/", views.offer_detail, name="offer"),
    path("<int:pk>/ervaring/", views.review_create, name="review"),
    path("regeling/<slug:code>/", views.scheme_offers, name="scheme"),
]
