"""Conditions and values written as SQL of their own over a model's columns."""

from django.db import models


class ColumnsExpression(models.Expression):
    """An expression whose SQL (`as_sql`) is written over some columns of its model, named in
    `column_names()` and resolved like F() references, so it works in any query, a subquery
    (under its own alias) included. The ORM builds and compiles one such expression far more
    cheaply than the lookups or Case/When it stands for: see `Live` and `ShownDate`."""

    def __init__(self):
        super().__init__()
        self.columns = ()

    def column_names(self):
        raise NotImplementedError

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        resolved = self.copy()
        # Already resolved when a subquery is resolved again inside an outer query: its
        # columns keep their alias.
        sources = self.columns or [models.F(name) for name in self.column_names()]
        resolved.columns = tuple(source.resolve_expression(
            query, allow_joins, reuse, summarize, for_save) for source in sources)
        return resolved

    def get_source_expressions(self):
        return list(self.columns)

    def set_source_expressions(self, exprs):
        self.columns = tuple(exprs)
