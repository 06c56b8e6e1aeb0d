"""Demo content from data files: the one loader every app's demo data goes through.

Each app may ship ``<app>/demo/content.yaml``. A section per model, in loading order::

    news.post:                        # app_label.model_name
      match: slug_vi                  # the field an item's key is stored in (finds it again)
      defaults: {status: published}   # optional: values every item of the section gets
      items:
      - key: ky-chuong-trinh-hop-tac  # unique within the model
        title_vi: ...
        category: news.category:group-activities    # a reference: app_label.model_name:key
        partners: [cooperation.partner:undp]        # many-to-many: a list of references
        cover: {generate: cover, seed: 0}           # a file made by <app>.demo.GENERATORS
    cooperation.agreement:
      ...
      - key: az-mou-2016
        signatures: [{party: cooperation.partner:az-moj, date: 2016-05-17}]  # rows pointing
                                                    # at the item (reverse foreign key)

Two more top-level entries, in the core's file: ``site`` (domain and name for the Site
record, filled only while it is Django's default example.com) and ``marker`` (a reference to
the item whose presence shows the demo was loaded into a database before).

Values go through the model field (``to_python``); naive date-times are Hanoi time
(``TIME_ZONE``); a ``password`` on a user is hashed. Values equal to a field's default are
left out of the files. An unknown field or a reference to an item no file defines is an
error naming the file and the item. Items are saved through the models (slugs, sanitising
and search indexing run) and only when missing: an existing item is never changed.

The core imports no app: models are found through ``django.apps``.
"""

import inspect
import re
from collections import Counter, defaultdict
from importlib import import_module
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.utils import timezone

DATA_FILE = Path("demo") / "content.yaml"
REFERENCE = re.compile(r"^(?P<label>[a-z0-9_]+\.[a-z0-9_]+):(?P<key>\S.*)$")
SECTION_KEYS = {"match", "defaults", "items"}
# Django's own default site record: the demo fills it, but never a site someone has set up.
DEFAULT_SITE_DOMAIN = "example.com"


class DemoDataError(Exception):
    """A data file that cannot be loaded as written."""


class Item:
    def __init__(self, path, model, match, key, values):
        self.path, self.model, self.match, self.key, self.values = path, model, match, key, values

    @property
    def ref(self):
        return f"{self.model._meta.label_lower}:{self.key}"


class DemoContent:
    """Every app's demo file, parsed and checked; `load()` creates what is missing."""

    def __init__(self, paths=None):
        if paths is None:
            paths = [Path(c.path) / DATA_FILE for c in apps.get_app_configs()]
            paths = [p for p in paths if p.is_file()]
        self.items = {}  # reference -> Item, in loading order
        self.site = None
        self.marker = None  # (file, reference)
        self.matches = {}  # model -> match field (one per model, across files)
        for path in paths:
            self._read(Path(path))
        for item in self.items.values():
            self._check(item, item.model, item.values, top=True)
        if self.marker and self.marker[1] not in self.items:
            raise self._error(*self.marker, "the marker refers to an item no demo file defines")

    # Reading and checking ------------------------------------------------------------------

    def _error(self, path, what, message):
        return DemoDataError(f"{path}: {what}: {message}")

    def _read(self, path):
        with path.open(encoding="utf-8") as stream:
            data = yaml.safe_load(stream) or {}
        if not isinstance(data, dict):
            raise DemoDataError(f"{path}: expected sections of models, not {type(data).__name__}")
        for label, section in data.items():
            if label == "site":
                if not isinstance(section, dict) or set(section) != {"domain", "name"}:
                    raise self._error(path, label, "give the site's domain and name")
                self.site = section
                continue
            if label == "marker":
                self.marker = (path, section)
                continue
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError):
                raise self._error(path, label, "no such model (use app_label.model_name)") from None
            if not isinstance(section, dict) or set(section) - SECTION_KEYS:
                raise self._error(path, label, f"a section has only {sorted(SECTION_KEYS)}")
            match = section.get("match")
            self._field(path, label, model, match)
            if self.matches.setdefault(model, match) != match:
                raise self._error(path, label, f"matched by {self.matches[model]} elsewhere")
            defaults = section.get("defaults") or {}
            for values in section.get("items") or []:
                if not isinstance(values, dict) or not values.get("key"):
                    raise self._error(path, label, f"every item needs a key: {values!r:.80}")
                values = {**defaults, **values}
                item = Item(path, model, match, str(values.pop("key")), values)
                if item.ref in self.items:
                    raise self._error(path, item.ref, "defined twice")
                self.items[item.ref] = item

    def _field(self, path, what, model, name):
        try:
            return model._meta.get_field(name)
        except FieldDoesNotExist:
            raise self._error(
                path, what, f"unknown field {name!r} on {model._meta.label_lower}"
            ) from None

    def _check(self, item, model, values, top=False):
        what = item.ref
        for name, value in values.items():
            field = self._field(item.path, what, model, name)
            if top and name == item.match:
                raise self._error(item.path, what, f"{name} is the item's key; don't repeat it")
            if field.is_relation and field.concrete and not field.many_to_many:
                self._target(item, field, value)
            elif field.many_to_many and field.concrete:
                if not isinstance(value, list):
                    raise self._error(item.path, what, f"{name} takes a list of references")
                for ref in value:
                    self._target(item, field, ref)
            elif field.auto_created and (field.one_to_many or field.one_to_one):
                rows = [value] if field.one_to_one else value
                if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                    raise self._error(item.path, what, f"{name} takes rows (mappings)")
                for row in rows:
                    if field.field.name in row:
                        raise self._error(item.path, what, f"{name} rows point at the item")
                    self._check(item, field.related_model, row)
            elif field.concrete and not field.is_relation:
                if isinstance(field, models.FileField):
                    self._generator(item, model, value)
                elif not (name == "password" and hasattr(model, "set_password")):
                    try:
                        field.to_python(value)
                    except ValidationError as error:
                        raise self._error(item.path, what, f"{name}: {error.messages[0]}") from None
            else:
                raise self._error(item.path, what, f"{name} cannot be set from a data file")

    def _target(self, item, field, ref):
        found = REFERENCE.match(ref) if isinstance(ref, str) else None
        if not found:
            raise self._error(item.path, item.ref,
                              f"{field.name}: {ref!r} is not a reference (app_label.model:key)")
        target = self.items.get(ref)
        if target is None:
            raise self._error(item.path, item.ref,
                              f"{field.name} refers to {ref}, which no demo file defines")
        if not issubclass(target.model, field.related_model):
            raise self._error(item.path, item.ref,
                              f"{field.name} takes a {field.related_model._meta.label_lower}")

    def _generator(self, item, model, spec):
        if not isinstance(spec, dict) or "generate" not in spec:
            raise self._error(item.path, item.ref, "a file is given as {generate: name, ...}")
        module = import_module(f"{apps.get_app_config(model._meta.app_label).name}.demo")
        generator = getattr(module, "GENERATORS", {}).get(spec["generate"])
        if generator is None:
            raise self._error(item.path, item.ref,
                              f"{module.__name__}.GENERATORS has no {spec['generate']!r}")
        arguments = {k: v for k, v in spec.items() if k != "generate"}
        try:
            inspect.signature(generator).bind(**arguments)
        except TypeError as error:
            raise self._error(item.path, item.ref, f"{spec['generate']}: {error}") from None
        return generator

    # The database --------------------------------------------------------------------------

    def is_demo_database(self):
        """Whether the demo was loaded here before: the marker item exists."""
        if not self.marker:
            return False
        item = self.items[self.marker[1]]
        return item.model._default_manager.filter(**{item.match: item.key}).exists()

    def foreign_content(self):
        """Rows not from the demo files, per model: `(label, count, a few keys)`.

        A row is demo content when its key field (the section's `match`) holds a key a demo
        file defines. User accounts are not content (an administrator may exist first)."""
        keys = defaultdict(set)
        for item in self.items.values():
            keys[item.model].add(item.key)
        found = []
        for model, match in self.matches.items():
            if model is get_user_model():
                continue
            others = model._default_manager.exclude(**{f"{match}__in": keys[model]})
            count = others.count()
            if count:
                sample = list(others.order_by("pk").values_list(match, flat=True)[:3])
                found.append((model._meta.label_lower, count, sample))
        return found

    @transaction.atomic
    def load(self):
        """Create the missing items; returns {model label: items created}."""
        self._tz = ZoneInfo(settings.TIME_ZONE)
        self._instances = {}
        self.created = Counter()
        if self.site:
            self._fill_site()
        for ref in self.items:
            self._ensure(ref)
        return self.created

    def _fill_site(self):
        site_model = apps.get_model("sites", "Site")
        site = site_model.objects.filter(pk=settings.SITE_ID).first()
        if site is None:
            site_model.objects.create(pk=settings.SITE_ID, **self.site)
        elif site.domain == DEFAULT_SITE_DOMAIN:
            site.domain, site.name = self.site["domain"], self.site["name"]
            site.save()

    def _ensure(self, ref):
        if ref in self._instances:
            return self._instances[ref]
        item = self.items[ref]
        instance = item.model._default_manager.filter(**{item.match: item.key}).first()
        if instance is None:
            instance = self._create(item, item.model, {item.match: item.key}, item.values)
            self.created[item.model._meta.label_lower] += 1
        self._instances[ref] = instance
        return instance

    def _create(self, item, model, fixed, values):
        instance = model(**fixed)
        later = []
        for name, value in values.items():
            field = model._meta.get_field(name)
            if field.many_to_many or not field.concrete:
                later.append((field, value))
            elif field.is_relation:
                setattr(instance, name, self._ensure(value))
            elif isinstance(field, models.FileField):
                spec = dict(value)
                generator = self._generator(item, model, spec)
                del spec["generate"]
                setattr(instance, name, generator(**spec))
            elif name == "password" and hasattr(instance, "set_password"):
                instance.set_password(value)
            else:
                setattr(instance, name, self._value(field, value))
        instance.save()
        for field, value in later:
            if field.many_to_many:
                getattr(instance, field.name).set([self._ensure(ref) for ref in value])
            else:
                for row in [value] if field.one_to_one else value:
                    self._create(item, field.related_model, {field.field.name: instance}, row)
        return instance

    def _value(self, field, value):
        value = field.to_python(value)
        if isinstance(field, models.DateTimeField) and value and timezone.is_naive(value):
            value = timezone.make_aware(value, self._tz)
        return value
