"""Names and pixel limits for uploaded public images."""

import os
import uuid
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from .slugs import slug_from_title


def random_image_name(instance, filename):
    """`<app>/<model>/<random>.<ext>`: unguessable, so drafts' pictures can't be found by
    guessing dates or titles."""
    extension = os.path.splitext(filename)[1].lower()[:6]
    meta = instance._meta
    return f"{meta.app_label}/{meta.model_name}/{uuid.uuid4().hex}{extension}"


def editor_upload_name(filename, request=None):
    """Name of a picture uploaded through the rich-text editor, by the server's slug rule
    ("ảnh-hội-thảo-đà-nẵng.PNG" -> "anh-hoi-thao-da-nang.png"): ckeditor's own slugify drops
    "đ" and with it readable words (CKEDITOR_FILENAME_GENERATOR)."""
    stem, extension = os.path.splitext(os.path.basename(filename))
    return slug_from_title(stem, max_length=80) + extension.lower()[:6]


def _image_size(file):
    """(width, height) from the image header alone, or None when Pillow refuses it as a
    decompression bomb. Nothing is decoded."""
    position = file.tell() if hasattr(file, "tell") else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                return image.size
    except Image.DecompressionBombError:
        return None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return (0, 0)  # not an image: the format checks say so in their own words
    finally:
        if position is not None:
            file.seek(position)


def validate_image_pixels(file):
    """Refuse images too large to decode safely (IMAGE_MAX_PIXELS in all, IMAGE_MAX_SIDE a
    side): a small PNG can unpack into gigabytes when thumbnailed or displayed."""
    if getattr(file, "_committed", False):
        return  # already stored: checked when it was uploaded
    size = _image_size(file)
    max_pixels, max_side = settings.IMAGE_MAX_PIXELS, settings.IMAGE_MAX_SIDE
    if size is None or size[0] * size[1] > max_pixels or max(size) > max_side:
        raise ValidationError(
            _(
                "The image is too large in pixels: at most %(side)s pixels on a side and "
                "%(megapixels)s megapixels in all. Please make it smaller and upload it again."
            ),
            code="image_too_large",
            params={"side": max_side, "megapixels": f"{max_pixels / 1_000_000:g}"},
        )


class PixelLimitedImageFormField(forms.ImageField):
    """The form's image field, checking pixels before Pillow opens the image (so a bomb gets
    the clear message rather than "not a valid image")."""

    def to_python(self, data):
        if data not in self.empty_values:
            validate_image_pixels(data)
        return super().to_python(data)


class RenditionImageFieldFile(ImageFieldFile):
    """Writes the field's renditions as soon as a new image is stored: both the admin's
    upload (through the field's pre_save) and `instance.image.save(...)` come here."""

    def save(self, name, content, save=True):
        super().save(name, content, save=False)
        if self.field.renditions:
            # Imported here: easy-thumbnails defines models, and this module loads with ours.
            from partnership_portal.renditions import make_renditions

            make_renditions(self, self.field.renditions, self.width)
        if save:
            self.instance.save()


class PixelLimitedImageField(models.ImageField):
    """ImageField with the pixel limit, in forms (admin) and in model validation.

    `renditions` names a use in partnership_portal/renditions.py: a new upload then gets its
    resized WebP/AVIF renditions written beside it as it is saved."""

    attr_class = RenditionImageFieldFile
    default_validators = [*models.ImageField.default_validators, validate_image_pixels]

    def __init__(self, *args, renditions=None, **kwargs):
        self.renditions = renditions
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PixelLimitedImageFormField, **kwargs})
