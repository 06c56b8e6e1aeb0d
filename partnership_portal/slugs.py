"""Readable ASCII slugs from Vietnamese or English titles."""

from slugify import slugify

SLUG_MAX_LENGTH = 100


def slug_from_title(title: str, max_length: int = 80) -> str:
    """ASCII slug: 'Đoàn công tác tại Lào' -> 'doan-cong-tac-tai-lao' (đ becomes d)."""
    return slugify(title or "", max_length=max_length, word_boundary=True) or "item"


def unique_slug(queryset, field_name: str, base: str, reserved=frozenset()) -> str:
    """`base`, or `base-2`, `base-3`... whichever is neither taken in `queryset` nor one of
    the `reserved` path words that share the URL space."""
    candidate, n = base, 1
    while candidate in reserved or queryset.filter(**{field_name: candidate}).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate
