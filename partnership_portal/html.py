"""`format_html` with the same output as Django's, in a fraction of the Python calls.

Django escapes each argument through `conditional_escape()` and `escape()`, which is wrapped
by `keep_lazy` (it checks every argument for a lazy string with a generator): about 15 Python
calls an argument, some 50 a link. List pages build hundreds of links and cells with it (the
register: a seventh of its calls). Here each argument is escaped the way `conditional_escape`
does it: a lazy string is made a string first, anything with `__html__` (safe strings) is
kept as it says, anything else is `str()`-ed and escaped with the replacements of
`html.escape`, which Django's `escape()` calls, in one `str.translate` rather than five
`str.replace`. tests/partnership_portal/test_html.py compares the two.
"""

from django.utils.functional import Promise
from django.utils.safestring import SafeString

# html.escape(text, quote=True), in one pass: "&" first there, so no replacement is replaced.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape_value(value):
    """`conditional_escape(value)`, as a plain string."""
    if isinstance(value, Promise):
        value = str(value)
    to_html = getattr(value, "__html__", None)
    if to_html is not None:
        return to_html()
    return str(value).translate(_ESCAPES)


def format_html(format_string, *args):
    """`django.utils.html.format_html(format_string, *args)` (positional arguments only)."""
    return SafeString(format_string.format(*[escape_value(arg) for arg in args]))
