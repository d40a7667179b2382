from django.contrib.auth.views import LogoutView
from django.urls import path, reverse_lazy

from tactful.accounts import views

app_name = "accounts"
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.AccountsLoginView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(next_page=reverse_lazy("home")), name="logout"),
    path("members/", views.members, name="members"),
    path("members/invite/", views.invitation_create, name="invitation_create"),
    path("members/<int:membership_id>/role/", views.membership_role, name="membership_role"),
    path("members/<int:membership_id>/remove/", views.membership_remove, name="membership_remove"),
    path("invitations/<int:invitation_id>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("invite/<str:token>/", views.invite, name="invite"),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
]
