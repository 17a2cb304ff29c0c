"""The `editors` group: review, correct, merge and split; no deleting (diplomacy/permissions.py)."""
from django.contrib.auth.management import create_permissions
from django.db import migrations


def forward(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); this group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    from diplomacy.permissions import editors_group_sync

    editors_group_sync(group_model=apps.get_model("auth", "Group"), permission_model=apps.get_model("auth", "Permission"))


def backward(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="editors").delete()


class Migration(migrations.Migration):

    dependencies = [
        ("diplomacy", "0004_curation"),
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
