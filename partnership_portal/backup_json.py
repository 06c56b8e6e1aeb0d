"""Django's JSON fixtures with exact times, for backups (partnership_portal/backup.py).

DjangoJSONEncoder cuts datetimes and times to milliseconds (ECMA-262), so a dumpdata/loaddata
round trip changes every `created_at` and publish time; a backup must give back every value."""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder

Deserializer = django_json.Deserializer


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            if isinstance(o, datetime.time) and o.utcoffset() is not None:
                raise ValueError("JSON can't represent timezone-aware times.")
            return o.isoformat()  # full microseconds, offset kept
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactJSONEncoder
