"""Who may do what in the admin, kept in one place so the data migration and the tests agree.

- anonymous visitors never reach the admin (Django's admin sends them to its login page);
- analysts have a login without `is_staff`: they read the public pages and the API, not the admin;
- `editors` (staff members of this group) review, correct, merge and split; they may remove a wrong
  participant or issue from a meeting (that is correcting it) but delete nothing else;
- staff superusers may also delete.
"""

EDITORS_GROUP = "editors"

# (app_label, codename). Models whose rows editors correct by hand get view/add/change.
_EDITED_MODELS = [
    "actor", "actoralias", "actorrole", "issue", "issuealias", "meeting", "meetingparticipant",
    "meetingissue",
]
_VIEWED_MODELS = [("diplomacy", m) for m in ("country", "actormention", "meetingsource", "mergerecord")] + [
    ("articles", "article"), ("articles", "feed"),
]

EDITOR_PERMISSIONS = sorted(
    {("diplomacy", f"{action}_{model}") for model in _EDITED_MODELS for action in ("view", "add", "change")}
    | {("diplomacy", f"view_{model}") for model in ("meetingsource",)}
    | {(app, f"view_{model}") for app, model in _VIEWED_MODELS}
    | {("diplomacy", codename) for codename in (
        "review_meeting", "merge_meeting", "review_actor", "merge_actor", "review_issue", "merge_issue",
        # Removing a wrong side or topic from a meeting is a correction, not a deletion of knowledge.
        "delete_meetingparticipant", "delete_meetingissue",
    )}
)


def editors_group_sync(*, group_model=None, permission_model=None):
    """Create the `editors` group (or reset it) with exactly EDITOR_PERMISSIONS; returns the group.

    Takes the models as arguments so that a data migration can pass its historical ones.
    """
    if group_model is None or permission_model is None:
        from django.contrib.auth.models import Group, Permission

        group_model, permission_model = group_model or Group, permission_model or Permission
    from django.db.models import Q

    query = Q(pk__in=[])
    for app_label, codename in EDITOR_PERMISSIONS:
        query |= Q(content_type__app_label=app_label, codename=codename)
    permissions = list(permission_model.objects.filter(query))
    missing = set(EDITOR_PERMISSIONS) - {(p.content_type.app_label, p.codename) for p in permissions}
    if missing:
        raise LookupError(f"permissions not created yet: {sorted(missing)}")
    group, _ = group_model.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(permissions)
    return group
