from django.contrib import admin
from django.urls import include, path

from tactful.api.main import api
from tactful.library import views as library_views

urlpatterns = [
    path("", library_views.home, name="home"),
    path("library/", include("tactful.library.urls")),
    path("practice/", include("tactful.practice.urls")),
    path("accounts/", include("tactful.accounts.urls")),
    path("hiring/", include("tactful.hiring.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
