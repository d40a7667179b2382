"""Account pages: sign up a team, log in and out, members and invitations, API tokens.

Views parse input, call one service or selector and render. Ids in URLs are looked up through
selectors scoped to the actor's organisation, so another organisation's id is a 404.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tactful.accounts import selectors, services
from tactful.accounts.forms import ApiTokenForm, InvitationForm, InvitationSignupForm, RoleForm, TeamSignupForm
from tactful.accounts.models import Role
from tactful.accounts.permissions import HIRING_ROLES, Actor, actor_for, member_required
from tactful.accounts.services import AccountsError

BACKEND = "django.contrib.auth.backends.ModelBackend"


def hiring_home() -> str:
    """Where members land: the hiring dashboard."""
    return reverse("hiring:home")


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = TeamSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.organisation_signup(
                organisation_name=form.cleaned_data["organisation_name"],
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
            )
        except AccountsError as error:
            form.add_error(None, error.message)
        else:
            login(request, membership.user, backend=BACKEND)
            messages.success(
                request, _("Welcome! %(organisation)s is ready.") % {"organisation": membership.organisation.name}
            )
            return redirect(hiring_home())
    return render(request, "accounts/signup.html", {"form": form})


class AccountsLoginView(LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        # Members land on hiring; people with only a practice account on their practice history.
        if actor_for(self.request.user) is not None:
            return hiring_home()
        return reverse("practice:history")


def _members_page(request: HttpRequest, actor: Actor, status: int = 200, **extra: Any) -> HttpResponse:
    context = {
        "actor": actor,
        "memberships": selectors.membership_list(actor=actor),
        "invitations": selectors.invitation_pending_list(actor=actor) if actor.manages_members else [],
        "invitation_form": InvitationForm(),
        "roles": Role.choices,
        **extra,
    }
    return render(request, "accounts/members.html", context, status=status)


@member_required(*HIRING_ROLES)
def members(request: HttpRequest) -> HttpResponse:
    return _members_page(request, request.actor)  # type: ignore[attr-defined]


@require_POST
@member_required(Role.OWNER)
def invitation_create(request: HttpRequest) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    form = InvitationForm(request.POST)
    if not form.is_valid():
        return _members_page(request, actor, status=400, invitation_form=form)
    issued = services.invitation_create(actor=actor, email=form.cleaned_data["email"], role=form.cleaned_data["role"])
    link = request.build_absolute_uri(reverse("accounts:invite", args=[issued.secret]))
    # Rendered, not redirected: the link exists only in this response and is never stored.
    return _members_page(request, actor, issued=issued.obj, link=link)


def _do(request: HttpRequest, action: Any, success: str) -> HttpResponse:
    """Run a members-page action; a refusal is shown on the page with its status."""
    try:
        action()
    except AccountsError as error:
        return _members_page(request, request.actor, status=error.status, error=error)  # type: ignore[attr-defined]
    messages.success(request, success)
    return redirect("accounts:members")


@require_POST
@member_required(Role.OWNER)
def invitation_revoke(request: HttpRequest, invitation_id: int) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    invitation = selectors.invitation_get(actor=actor, invitation_id=invitation_id)
    if invitation is None:
        raise Http404
    message = _("The invitation for %(email)s was withdrawn.") % {"email": invitation.email}
    return _do(request, lambda: services.invitation_revoke(actor=actor, invitation=invitation), message)


@require_POST
@member_required(Role.OWNER)
def membership_role(request: HttpRequest, membership_id: int) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    membership = selectors.membership_get(actor=actor, membership_id=membership_id)
    if membership is None:
        raise Http404
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _members_page(request, actor, status=400, error=AccountsError("invalid_role", _("Choose a role.")))
    role = form.cleaned_data["role"]
    message = _("%(user)s is now: %(role)s.") % {"user": membership.user.get_username(), "role": Role(role).label}
    return _do(request, lambda: services.membership_role_change(actor=actor, membership=membership, role=role), message)


@require_POST
@member_required(Role.OWNER)
def membership_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    membership = selectors.membership_get(actor=actor, membership_id=membership_id)
    if membership is None:
        raise Http404
    message = _("%(user)s was removed from the organisation.") % {"user": membership.user.get_username()}
    response = _do(request, lambda: services.membership_remove(actor=actor, membership=membership), message)
    if response.status_code == 302 and membership.user_id == actor.user.pk:
        return redirect("home")  # an owner who left no longer has a members page
    return response


@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = services.invitation_check(invitation=selectors.invitation_for_token(token=token))
    except AccountsError as error:
        return render(request, "accounts/invite_invalid.html", {"error": error}, status=error.status)
    current = actor_for(request.user)
    anonymous = not request.user.is_authenticated
    form = InvitationSignupForm(request.POST or None) if anonymous else None
    context = {"invitation": invitation, "current": current, "form": form}
    if request.method != "POST":
        return render(request, "accounts/invite.html", context)
    if form is not None and not form.is_valid():
        return render(request, "accounts/invite.html", context, status=400)
    try:
        if form is not None:
            username, password = form.cleaned_data["username"], form.cleaned_data["password1"]
            membership = services.invitation_accept(token=token, username=username, password=password)
        else:
            membership = services.invitation_accept(token=token, user=request.user)  # type: ignore[arg-type]
    except AccountsError as error:
        return render(request, "accounts/invite_invalid.html", {"error": error}, status=error.status)
    login(request, membership.user, backend=BACKEND)
    messages.success(request, _("You joined %(organisation)s.") % {"organisation": membership.organisation.name})
    return redirect(hiring_home())


@require_http_methods(["GET", "POST"])
@member_required()
def tokens(request: HttpRequest) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    form = ApiTokenForm(request.POST or None)
    issued = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            issued = services.api_token_create(actor=actor, name=form.cleaned_data["name"])
            form = ApiTokenForm()
        else:
            status = 400
    context = {"form": form, "issued": issued, "tokens": selectors.api_token_list(actor=actor)}
    return render(request, "accounts/tokens.html", context, status=status)


@require_POST
@member_required()
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    actor: Actor = request.actor  # type: ignore[attr-defined]
    token = selectors.api_token_get(actor=actor, token_id=token_id)
    if token is None:
        raise Http404
    services.api_token_revoke(actor=actor, token=token)
    messages.success(request, _("The token “%(name)s” was revoked.") % {"name": token.name})
    return redirect("accounts:tokens")
