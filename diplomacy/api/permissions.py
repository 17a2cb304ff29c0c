"""Who may write through the API: the model permissions the admin checks for the same action.

Reads keep the project default (public, or login when API_READS_NEED_LOGIN). A write needs an
authenticated user (a token, or a session) holding the permission for that action on the viewset's
model: `review_meeting` to confirm or reject, `change_meeting` to correct, `merge_<model>` to merge.
The `editors` group (diplomacy/permissions.py) holds all of them; anonymous clients get 401, signed-in
users without the permission 403.
"""
from rest_framework import permissions


class ModelActionPermission(permissions.BasePermission):
    """Grants the view's write actions listed in `view.write_permissions` ({action: verb}) to users
    with `<app_label>.<verb>_<model_name>` on `view.write_model`."""

    message = "You need permission to do this."

    def has_permission(self, request, view):
        verbs = view.write_permissions.get(view.action)
        if verbs is None:
            return False  # only used for the listed actions
        user = request.user
        if not (user and user.is_authenticated):
            return False  # DRF answers 401 with a WWW-Authenticate challenge
        opts = view.write_model._meta
        needed = [f"{opts.app_label}.{verb}_{opts.model_name}" for verb in verbs.split()]
        missing = [perm for perm in needed if not user.has_perm(perm)]
        if missing:
            self.message = (f"Your account lacks the permission {', '.join(missing)}; "
                            f"ask for membership of the editors group.")
            return False
        return True


class WritePermissionsMixin:
    """Viewsets declare `write_permissions` and `write_model`; other actions keep the default permissions."""

    write_permissions: dict[str, str] = {}
    write_model = None

    def get_permissions(self):
        if self.action in self.write_permissions:
            return [ModelActionPermission()]
        return super().get_permissions()
