"""Fill the site with bilingual demo content. Safe to run again: existing items are kept."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Load bilingual demo content from every app that has a demo.load() function."

    def handle(self, *args, **options):
        # Apps load in INSTALLED_APPS order, so an app's demo may rely on those before it.
        for config in apps.get_app_configs():
            module_name = f"{config.name}.demo"
            if not find_spec(config.name) or not find_spec(module_name):
                continue
            with transaction.atomic():
                summary = import_module(module_name).load()
            self.stdout.write(f"{config.label}: {summary}")
        # Links set after each item was saved (parties, categories) are in the index too.
        from partnership_portal import search

        self.stdout.write(f"search: {search.rebuild()} items indexed")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
