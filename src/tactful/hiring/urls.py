"""URLs of the hiring pages, mounted at /hiring/."""

from django.urls import URLPattern, URLResolver

app_name = "hiring"

urlpatterns: list[URLPattern | URLResolver] = []
