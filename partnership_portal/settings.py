"""Settings, all overridable from the environment (twelve-factor style).

Development defaults: DEBUG on, SQLite file in the project, console e-mail.
Production: set DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL,
DJANGO_SECURE=1 (HTTPS); see README "Deploying".
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
# The development key is only ever used with DEBUG on; production must provide its own.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (
    "dev-only-insecure-key-change-me" if DEBUG else None
)
if not SECRET_KEY:
    raise RuntimeError("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]", "testserver", ".localhost"}
if DEBUG and set(ALLOWED_HOSTS) - LOCAL_HOSTS:
    # DEBUG defaults to on for the two-command development set-up; a real host name means a
    # deployment that forgot DJANGO_DEBUG=0, which would expose debug pages and the dev key.
    raise RuntimeError(
        "DJANGO_ALLOWED_HOSTS names a public host but DEBUG is on: set DJANGO_DEBUG=0 "
        "(and DJANGO_SECRET_KEY) for a deployment."
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin patches apply.
    "modeltranslation",
    "partnership_portal.apps.PortalAdminConfig",  # django.contrib.admin with our AdminSite
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # search lookups; harmless on SQLite
    "ckeditor",
    "ckeditor_uploader",
    "django_countries",
    "easy_thumbnails",  # resizes images (partnership_portal/renditions.py); its tables stay unused
    "reversion",  # revisions of every content item (partnership_portal/revisions.py)
    "import_export",  # spreadsheet import/export in the admin (partnership_portal/spreadsheets.py)
    "partnership_portal",
    "documents",
    "cooperation",
    "accounts",
    "news",
    "forums",
    "reports",
    "security",
    "contact",
    # Django's own form templates, found by the TemplatesSetting renderer below.
    "django.forms",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "newsletter",
    "axes",  # last, as its documentation asks
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security: every response, error pages and cached ones too, gets the
    # Content-Security-Policy and Permissions-Policy headers.
    "partnership_portal.middleware.SecurityPolicyMiddleware",
    # Early: NUL bytes or broken UTF-8 in a request get a 400 (a 404 in the path) before any
    # code (or PostgreSQL, which refuses NUL in text) sees them; a database that is down gives
    # a 503, not a 500.
    "partnership_portal.middleware.RejectMalformedRequestMiddleware",
    "partnership_portal.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # user.is_verified(): whether this session gave a two-step code (django-otp).
    "django_otp.middleware.OTPMiddleware",
    # Password spraying, two-step sign-in enforcement, the audit log's request (security/).
    "security.middleware.SignInGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After auth and messages: serves anonymous readers' pages from the cache (README).
    "partnership_portal.pagecache.ReaderPageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it only sees real 404s: old slugs of published items are redirected here.
    "partnership_portal.redirects.SlugHistoryRedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "partnership_portal.urls"
WSGI_APPLICATION = "partnership_portal.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Form fields render through the project's templates, so templates/django/forms/field.html
# gives every public form the GOV.UK error message once; the renderer drops autofocus.
FORM_RENDERER = "partnership_portal.forms.PublicFormRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Reads through a memory map (no read() call per page: the search index's long rows span
    # overflow pages), a larger page cache per connection, WAL so that readers and the
    # secretariat's writes do not block each other.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA mmap_size=268435456; PRAGMA cache_size=-32768; PRAGMA journal_mode=WAL;"
        " PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

# Reader page cache (partnership_portal/pagecache.py): anonymous GETs only, invalidated by any
# write to these apps' models; 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", 600))
PAGE_CACHE_CONTENT_APPS = frozenset(
    {"partnership_portal", "news", "documents", "cooperation", "forums", "sites", "redirects",
     "newsletter"}
)
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/ckeditor/", "/healthz", "/media/", "/static/")

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses sign-in while a lockout lasts
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock that pair for 15 minutes
# (keyed on both, so an attacker elsewhere cannot lock a real partner out).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0")) or None
# Behind proxies, the reader's address is the one our nearest proxy appended to
# X-Forwarded-For (right-most), never what the client wrote there itself (left-most).
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if AXES_IPWARE_PROXY_COUNT else ("REMOTE_ADDR",)
)
AXES_IPWARE_PROXY_ORDER = "right-most"

# Password spraying (security/spraying.py): failed sign-ins from one address, whatever the user
# names, within the window; past the limit that address may not sign in for the block time.
SIGNIN_CLIENT_FAILURE_LIMIT = int(os.environ.get("SIGNIN_CLIENT_FAILURE_LIMIT", "20"))
SIGNIN_CLIENT_WINDOW = int(os.environ.get("SIGNIN_CLIENT_WINDOW", "900"))
SIGNIN_CLIENT_BLOCK_SECONDS = int(os.environ.get("SIGNIN_CLIENT_BLOCK_SECONDS", "900"))

# Two-step sign-in (security/): administrators and publishers must use it (access.py); only the
# test suite turns this off (tests/conftest.py), never a deployment.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_PROTECTED_PATH_PREFIXES = ("/admin/", "/ckeditor/")
OTP_TOTP_ISSUER = "Legal Partnership Group"
# Audit log rows (security.AuditEvent) older than this go with `manage.py purge_audit_log`.
AUDIT_LOG_RETENTION_DAYS = int(os.environ.get("AUDIT_LOG_RETENTION_DAYS", "365"))

# Requests per hour that may send e-mail (partnership_portal/throttle.py), counted per account or
# address and per client address (as axes sees it); over either limit nothing is sent or saved.
THROTTLE_LIMITS = {
    "password_reset": {
        "per_key": (int(os.environ.get("THROTTLE_PASSWORD_RESET_PER_EMAIL", "3")), 3600),
        "per_client": (int(os.environ.get("THROTTLE_PASSWORD_RESET_PER_CLIENT", "10")), 3600),
    },
    "interest": {
        "per_key": (int(os.environ.get("THROTTLE_INTEREST_PER_ACCOUNT", "5")), 3600),
        "per_client": (int(os.environ.get("THROTTLE_INTEREST_PER_CLIENT", "20")), 3600),
    },
    "contact": {
        "per_key": (int(os.environ.get("THROTTLE_CONTACT_PER_EMAIL", "3")), 3600),
        "per_client": (int(os.environ.get("THROTTLE_CONTACT_PER_CLIENT", "5")), 3600),
    },
    "newsletter_subscribe": {
        "per_key": (int(os.environ.get("THROTTLE_SUBSCRIBE_PER_EMAIL", "3")), 3600),
        "per_client": (int(os.environ.get("THROTTLE_SUBSCRIBE_PER_CLIENT", "10")), 3600),
    },
}
# Newsletter subscriptions (newsletter/): how long a confirmation link works, the least time a
# person takes to fill the form (faster is a robot), how far back alerts look.
NEWSLETTER_CONFIRM_MAX_AGE = int(os.environ.get("NEWSLETTER_CONFIRM_MAX_AGE", str(3 * 24 * 3600)))
NEWSLETTER_MIN_FORM_SECONDS = int(os.environ.get("NEWSLETTER_MIN_FORM_SECONDS", "3"))
NEWSLETTER_ALERT_WINDOW_DAYS = int(os.environ.get("NEWSLETTER_ALERT_WINDOW_DAYS", "30"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------------
LANGUAGE_CODE = "vi"  # Vietnamese is the default language and the translation fallback.
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Our own date formats: vi 28/10/2020, en 28 October 2020.
FORMAT_MODULE_PATH = ["partnership_portal.formats"]
# Country names as the Ministry's texts (and our content) write them, so lists, filters,
# charts and addresses agree with the articles: "Viet Nam", "A-déc-bai-gian", "Angiêri".
# Lazy msgids in English, Vietnamese in our catalogue (django-countries' own vi differs).
COUNTRIES_OVERRIDE = {
    "VN": _("Viet Nam"),
    "LA": _("Lao PDR"),
    "AZ": _("Azerbaijan"),
    "DZ": _("Algeria"),
    "SA": _("Saudi Arabia"),
    "AU": _("Australia"),
    "KR": _("Republic of Korea"),
    "US": _("United States"),
}

MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("vi",)
# modeltranslation's tabbed admin loads jQuery UI from a CDN by default; the admin must work
# on closed networks, so the site serves its own copy (static/vendor/jquery-ui, MIT).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# --- Static and media ------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Document files live outside MEDIA_ROOT and are served only by the download view, which
# checks access (README: "Serving documents").
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/no-public-url/"},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_PERMISSIONS = 0o640

# --- Rich text (django-ckeditor) -------------------------------------------------------------
# The editor is configured here and used only through partnership_portal.richtext.
CKEDITOR_UPLOAD_PATH = "editor/"
# Uploaded pictures named by the site's slug rule (đ -> d, marks stripped), as slugs are.
CKEDITOR_FILENAME_GENERATOR = "partnership_portal.uploads.editor_upload_name"
CKEDITOR_ALLOW_NONIMAGE_FILES = False
# Each editor's uploads in their own folder; the image browser lists only that folder
# (superusers: all), so one editor cannot browse another's unpublished pictures.
CKEDITOR_RESTRICT_BY_USER = True
CKEDITOR_BROWSE_SHOW_DIRS = False
CKEDITOR_IMAGE_BACKEND = "ckeditor_uploader.backends.PillowBackend"
CKEDITOR_UPLOAD_MAX_BYTES = int(os.environ.get("CKEDITOR_UPLOAD_MAX_BYTES", 5 * 1024 * 1024))
# Pictures in rich text may come only from MEDIA_URL and these hosts (no third-party
# trackers in readers' browsers); other <img> are dropped on save and on render.
RICHTEXT_IMAGE_HOSTS = env_list("RICHTEXT_IMAGE_HOSTS")
# Every uploaded image (editor, covers, logos, photos): header checked before decoding.
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", 36_000_000))
IMAGE_MAX_SIDE = int(os.environ.get("IMAGE_MAX_SIDE", 8000))
CKEDITOR_CONFIGS = {
    "default": {
        "toolbar": "Custom",
        "toolbar_Custom": [
            ["Format", "Bold", "Italic"],
            ["NumberedList", "BulletedList", "Blockquote"],
            ["Link", "Unlink"],
            ["Image", "Table"],
            ["RemoveFormat", "Source"],
        ],
        "format_tags": "p;h2;h3;h4",
        "height": 320,
        "width": "100%",
        # Keep the editor's output inside what the server-side sanitiser allows.
        "removePlugins": "exportpdf",
        # Offer only what the server-side allowlist keeps (partnership_portal/richtext.py), so
        # nothing an editor sees in the editor is silently dropped on save.
        "allowedContent": (
            "p h2 h3 h4 strong b em i u s sub sup ul ol li blockquote hr br figure figcaption"
            " caption thead tbody tfoot tr; p blockquote span[lang]; a[!href,title,hreflang];"
            " img[!src,alt,width,height]; table; th[scope,colspan,rowspan];"
            " td[colspan,rowspan]; abbr[title]"
        ),
        "linkShowTargetTab": False,
        "linkShowAdvancedTab": False,
        # Pasted or dropped images go through the same checked upload view.
        "imageUploadUrl": "/ckeditor/upload/?responseType=json",
        "clipboard_handleImages": False,  # never inline pasted images as base64
    }
}
SILENCED_SYSTEM_CHECKS = [
    # ckeditor.W001: django-ckeditor bundles CKEditor 4.22.1 (unsupported upstream). Kept as the
    # chosen editor with safeguards: every rich-text value is sanitised with nh3 on save and on
    # render (partnership_portal.richtext); uploads are staff-only, images-only and size-limited
    # (partnership_portal.views.editor_upload); the editor is defined only in richtext.py.
    "ckeditor.W001",
]

# --- E-mail ----------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Secretariat", a) for a in env_list("DJANGO_ADMINS")]

# --- Security (production) -------------------------------------------------------------------
if env_bool("DJANGO_SECURE", not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # only the editor upload/browse views allow same-origin frames

# --- Content-Security-Policy (partnership_portal/middleware.py) ----------------------------
# Public pages: only the site's own files; no inline script or style anywhere in their templates.
CSP_PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
    "report-uri": "/csp-report/",
}
# The admin and CKEditor 4: the editor injects inline <style> and style="" attributes, runs
# inline handlers in its dialogs and builds templates with `new Function` ('unsafe-eval');
# its editing area is an about:blank iframe and pasted images arrive as data:/blob: URLs.
# The report HTML preview (reports/admin.py) and the admin's own templates use inline styles.
CSP_ADMIN_POLICY = {
    **CSP_PUBLIC_POLICY,
    "script-src": "'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
}
CSP_RELAXED_PATH_PREFIXES = ("/admin/", "/ckeditor/")
# Bodies of CSP violation reports above this are refused (413) unread.
CSP_REPORT_MAX_BYTES = 16 * 1024
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), browsing-topics=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}

# Rows per page of every paginated public list (news, library, register, needs, events, search).
PAGE_SIZE = int(os.environ.get("DJANGO_PAGE_SIZE", 20))
# Rows of each list on a partner page (agreements, projects, documents, news, events); a
# "See all N" link leads to the filtered list when there are more.
PARTNER_PAGE_LIST_LIMIT = int(os.environ.get("DJANGO_PARTNER_PAGE_LIST_LIMIT", 10))
DOCUMENTS_MAX_UPLOAD_BYTES = int(os.environ.get("DOCUMENTS_MAX_UPLOAD_BYTES", 50 * 1024 * 1024))
DOCUMENTS_ALLOWED_EXTENSIONS = [
    "pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "jpg", "jpeg", "png",
]
# Office files are zip archives: refuse zip bombs by declared unpacked size, packing ratio
# and number of parts (nothing is unpacked to check).
DOCUMENTS_ZIP_MAX_UNPACKED_BYTES = int(
    os.environ.get("DOCUMENTS_ZIP_MAX_UNPACKED_BYTES", 200 * 1024 * 1024))
DOCUMENTS_ZIP_MAX_RATIO = int(os.environ.get("DOCUMENTS_ZIP_MAX_RATIO", 100))
DOCUMENTS_ZIP_MAX_ENTRIES = int(os.environ.get("DOCUMENTS_ZIP_MAX_ENTRIES", 5000))
# clamd's UNIX socket (e.g. /run/clamav/clamd.ctl): when set, every upload is scanned and
# refused on a hit or when clamd can't be reached.
CLAMAV_SOCKET = os.environ.get("CLAMAV_SOCKET", "")
# Files of deleted documents wait this long in the private root's quarantine/ folder (so a
# restored document can get them back) before `manage.py purge_document_quarantine`.
DOCUMENTS_QUARANTINE_DAYS = int(os.environ.get("DOCUMENTS_QUARANTINE_DAYS", 30))
# Behind nginx, e.g. "/protected-documents/": the view checks access, nginx sends the bytes.
DOCUMENTS_X_ACCEL_REDIRECT_PREFIX = os.environ.get("DOCUMENTS_X_ACCEL_REDIRECT_PREFIX", "")

# Who hears of partners' interest in cooperation needs (falls back to DJANGO_ADMINS).
SECRETARIAT_EMAILS = env_list("SECRETARIAT_EMAILS") or [a for _n, a in ADMINS]
# Who receives the public contact form's messages (falls back to SECRETARIAT_EMAILS).
CONTACT_EMAILS = env_list("CONTACT_EMAILS") or SECRETARIAT_EMAILS
# A contact form sent sooner than this after it was shown is a bot's (contact/forms.py); one
# shown longer ago than the maximum is refused with a fresh form.
CONTACT_MIN_FILL_SECONDS = int(os.environ.get("CONTACT_MIN_FILL_SECONDS", "3"))
CONTACT_MAX_FORM_AGE = int(os.environ.get("CONTACT_MAX_FORM_AGE", str(24 * 3600)))
# Contact messages older than this go with `manage.py purge_contact_messages` (privacy page).
CONTACT_MESSAGE_RETENTION_DAYS = int(os.environ.get("CONTACT_MESSAGE_RETENTION_DAYS", "365"))
# Domain part of calendar UIDs: fixed forever, or subscribers would see duplicates.
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "legal-partnership-group.moj.gov.vn")

# Seconds a reader is asked to wait (Retry-After) while the database cannot be reached.
DATABASE_UNAVAILABLE_RETRY_AFTER = int(os.environ.get("DATABASE_UNAVAILABLE_RETRY_AFTER", "30"))

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:account"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link works for one day
