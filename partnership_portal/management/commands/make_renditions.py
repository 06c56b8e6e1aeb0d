"""Write the missing renditions (and stored dimensions) of every reader-facing image.

New uploads get theirs as they are saved; this is for images uploaded before renditions
existed, or after changing the widths in partnership_portal/renditions.py (`--overwrite`)."""

from django.apps import apps
from django.core.management.base import BaseCommand

from partnership_portal.renditions import make_renditions
from partnership_portal.uploads import PixelLimitedImageField


class Command(BaseCommand):
    help = "Write resized AVIF/WebP renditions of covers, event photos and partner logos."

    def add_arguments(self, parser):
        parser.add_argument("--overwrite", action="store_true",
                            help="Rewrite renditions that already exist.")

    def handle(self, *args, overwrite=False, **options):
        written = 0
        for model in apps.get_models():
            for field in model._meta.get_fields():
                if not (isinstance(field, PixelLimitedImageField) and field.renditions):
                    continue
                written += self._model_field(model, field, overwrite)
        if options["verbosity"]:
            self.stdout.write(f"{written} renditions written.")

    def _model_field(self, model, field, overwrite):
        written = 0
        rows = model._default_manager.exclude(**{field.name: ""}).exclude(
            **{f"{field.name}__isnull": True})
        for obj in rows.iterator():
            file = getattr(obj, field.name)
            try:
                width, height = file.width, file.height
            except (OSError, ValueError):
                self.stderr.write(f"{model._meta.label} {obj.pk}: cannot read {file.name}")
                continue
            # Keep the dimensions pages use to size the box (saved without signals: no edit).
            dims = {f"{field.name}_width": width, f"{field.name}_height": height}
            if any(getattr(obj, name, width) != value for name, value in dims.items()):
                model._default_manager.filter(pk=obj.pk).update(**dims)
            written += len(make_renditions(file, field.renditions, width, overwrite=overwrite))
        return written
