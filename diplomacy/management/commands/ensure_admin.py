"""`manage.py ensure_admin`: make sure a superuser exists for local use and print how to log in.

The password comes from ADMIN_PASSWORD, or is generated anew each run (this is for `make run` on a
developer's machine; production admins are made with `createsuperuser`).
"""
import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create or reset the local admin user and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        if not settings.DEBUG and not os.environ.get("ADMIN_PASSWORD"):
            raise CommandError("Refusing to generate an admin password with DEBUG off; set ADMIN_PASSWORD.")
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=username, defaults={"email": ""})
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Admin login: {username} / {password}  (http://127.0.0.1:8000/admin/)"))
