"""Names for uploaded public images."""

import os
import uuid


def random_image_name(instance, filename):
    """`<app>/<model>/<random>.<ext>`: unguessable, so drafts' pictures can't be found by
    guessing dates or titles."""
    extension = os.path.splitext(filename)[1].lower()[:6]
    meta = instance._meta
    return f"{meta.app_label}/{meta.model_name}/{uuid.uuid4().hex}{extension}"
