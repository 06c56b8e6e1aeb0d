"""Partners, the agreements register, projects and cooperation needs.

Agreement state is derived from signatures, dates and typed links as of any day, from a few
dates stored on each agreement and kept current by cooperation/signals.py (see
cooperation/status.py): lists that show it get it worked out on the fetched rows
(`AgreementQuerySet.with_state`), lists that filter, sort or count by it as an SQL column
(`with_state_column`).
"""

import itertools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnership_portal import dates
from partnership_portal.fasttranslation import value_in
from partnership_portal.models import (
    ChoiceLabels,
    Live,
    Publishable,
    PublishableQuerySet,
    SlugAddressed,
    TranslatedContent,
    columns_except,
    columns_of,
    live_index,
    only_columns,
    per_language_unique,
)
from partnership_portal.richtext import RichTextField
from partnership_portal.uploads import PixelLimitedImageField, random_image_name

from . import status as agreement_status


class Area(TranslatedContent):
    """An area of cooperation (translated tag): e-justice, legal aid..."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("code"), max_length=60, unique=True,
                            help_text=_("Fixed identifier used in addresses; do not change it "
                                        "once the area is in use."))

    translation_check_fields = ("name",)

    class Meta:
        ordering = ["name"]
        verbose_name = _("area of cooperation")
        verbose_name_plural = _("areas of cooperation")

    def __str__(self):
        return self.name


class Partner(SlugAddressed, Publishable):
    """A foreign ministry or court, government, international organisation, donor or
    Vietnamese agency."""

    url_name = "cooperation:partner"

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Foreign ministry")
        COURT = "court", _("Court")
        GOVERNMENT = "government", _("Government or local authority")
        INTL_ORG = "intl_org", _("International organisation")
        DONOR = "donor", _("Donor or development agency")
        VN_AGENCY = "vn_agency", _("Vietnamese agency")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=250)
    short_name = models.CharField(_("short name"), max_length=60, blank=True,
                                  help_text=_("Abbreviation shown in lists, e.g. UNDP, JICA. "
                                              "Write it in both languages when English readers "
                                              "use it too: an empty English one shows the "
                                              "Vietnamese one, marked as Vietnamese."))
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, db_index=True)
    country = CountryField(_("country"), blank=True, blank_label=_("(international)"))
    logo = PixelLimitedImageField(
        _("logo or flag"), upload_to=random_image_name, blank=True, renditions="logo",
        width_field="logo_width", height_field="logo_height",
    )
    # Stored so pages size the logo without opening the file.
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    website = models.URLField(_("website"), blank=True)

    translation_check_fields = ("name",)
    slug_source_field = "name"

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        permissions = [("publish_partner", _("Can publish partners"))]
        verbose_name_plural = _("partners")
        constraints = per_language_unique("slug", "cooperation_partner")

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    @property
    def list_name_field(self):
        """The field lists show for this partner: the abbreviation when it has one in the
        page's language or Vietnamese, else the name (templates mark its language with
        `{% lang_attr partner partner.list_name_field %}`)."""
        return self.list_name_field_in(translation.get_language())

    def list_name_field_in(self, language):
        """`list_name_field` when `language` is the active one (lists read it once)."""
        return "short_name" if value_in(self, "short_name", language) else "name"

    @property
    def list_name(self):
        return getattr(self, self.list_name_field)


# Columns no agreement list, nor the register's exports, shows (the translated ones with their
# per-language columns).
AGREEMENT_LISTING_DEFERRED = ("summary", "body", "created_at", "updated_at", "created_by",
                              "updated_by")
# What a link to an agreement reads: its title and address.
LINK_TEXT = ("title", "slug")
# What a link to an agreement with its state reads: its address and title, and the columns
# the state is worked out from.
AGREEMENT_LINK_FIELDS = ("title", "slug", "status", "publish_at", *agreement_status.STATE_FIELDS)
# What a row of the agreements table shows (and the columns its state is worked out from),
# and what it shows of each party: a link.
AGREEMENT_TABLE_COLUMNS = ("title", "slug", "kind", "valid_from", "valid_until",
                           "last_signature_precision", *agreement_status.STATE_FIELDS)
PARTY_LINK = ("slug", "name", "short_name")
PARTY_DEFERRED = ("description", "logo", "logo_width", "logo_height", "website", "created_at",
                  "updated_at", "created_by", "updated_by")


class AgreementQuerySet(PublishableQuerySet):
    # (day, now) when fetched agreements get `state` set in Python (`with_state`).
    _state_as_of = None

    def with_state(self, on=None, dates=True):
        """The state as of the day `on` (default today) on each fetched agreement, and the
        dates shown with it as annotations (`dates=False` for a list of links with their
        state and no date); see cooperation/status.py. The state is worked out in Python
        after the fetch: to filter, sort or count by it, use `with_state_column()`."""
        on = on or timezone.localdate()
        clone = agreement_status.annotate_dates(self, on) if dates else self._chain()
        clone._state_as_of = (on, timezone.now())
        return clone

    def for_links(self, on=None):
        """Agreements named in another item's page (an event's, a post's): the link and the
        state, none of the dates or long text; only the columns the state is worked out
        from are read (status.set_states)."""
        return only_columns(self.with_state(on=on, dates=False),
                            *columns_of(Agreement, AGREEMENT_LINK_FIELDS))

    def with_state_column(self, on=None):
        """`state` as an SQL annotation (a CASE over stored dates), to filter, sort or count
        by; the same values as `with_state()`."""
        clone = agreement_status.annotate_state(self, on=on)
        clone._state_as_of = None
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._state_as_of = self._state_as_of
        return clone

    def _sets_states(self):
        return self._state_as_of and self._iterable_class is models.query.ModelIterable

    def _fetch_all(self):
        fetching = self._result_cache is None
        super()._fetch_all()
        if fetching and self._result_cache and self._sets_states():
            agreement_status.set_states(self._result_cache, *self._state_as_of)

    def _iterator(self, use_chunked_fetch, chunk_size):
        # iterator() (streamed exports): states are set a chunk at a time.
        rows = super()._iterator(use_chunked_fetch, chunk_size)
        if not self._sets_states():
            yield from rows
            return
        while chunk := list(itertools.islice(rows, chunk_size or 2000)):
            agreement_status.set_states(chunk, *self._state_as_of)
            yield from chunk

    def in_force_on(self, day):
        """In force on `day` (wholly or partly): a range test on indexed stored dates. Which
        rows, not their states: add `with_state(on=day)` to show them."""
        return self.filter(agreement_status.in_force_q(day))

    def for_listing(self):
        """Only published partners are named on public pages: each agreement's are in
        `listed_parties`, a list (Django gives each agreement a filtered queryset of its
        parties otherwise, about 100 Python calls an agreement on the register). Lists and
        exports show no long text: each language's summary and body stay unread, as a
        party's description and logo."""
        parties = only_columns(Partner.objects.published().order_by("name"),
                               *columns_except(Partner, PARTY_DEFERRED))
        return only_columns(
            self, *columns_except(Agreement, AGREEMENT_LISTING_DEFERRED),
        ).prefetch_related(models.Prefetch("parties", parties, to_attr="listed_parties"))

    def for_table(self):
        """`for_listing()` for the agreements table (the register, partner and home pages):
        only the columns its rows show, and each party as a link. A column costs each query
        its share of building the SQL and converting each row; the exports need more."""
        parties = only_columns(Partner.objects.published().order_by("name"),
                               *columns_of(Partner, PARTY_LINK))
        return only_columns(
            self, *columns_of(Agreement, AGREEMENT_TABLE_COLUMNS),
        ).prefetch_related(models.Prefetch("parties", parties, to_attr="listed_parties"))


class Agreement(SlugAddressed, Publishable):
    """An international cooperation instrument of the Ministry: MOU, programme, plan, treaty..."""

    url_name = "cooperation:agreement"

    class Kind(models.TextChoices):
        MOU = "mou", _("Memorandum of understanding")
        PROGRAMME = "programme", _("Cooperation programme")
        PLAN = "plan", _("Cooperation plan")
        AGREEMENT = "agreement", _("Cooperation agreement")
        MLA_TREATY = "mla_treaty", _("Treaty on mutual legal assistance")
        LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
        OTHER = "other", _("Other")

    class Nature(models.TextChoices):
        TREATY = "treaty", _("Treaty")
        INTERNATIONAL_AGREEMENT = "international_agreement", _("International agreement")
        NON_BINDING = "non_binding", _("Non-binding instrument")

    class Level(models.TextChoices):
        STATE = "state", _("State")
        GOVERNMENT = "government", _("Government")
        MINISTRY = "ministry", _("Ministry")
        PROVINCE = "province", _("Province")

    State = agreement_status.State

    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("text"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    nature = models.CharField(
        _("legal nature"), max_length=30, choices=Nature.choices,
        help_text=_("Treaties and international agreements bind legally; a non-binding "
                    "instrument (a memorandum, a plan) creates no legal obligation."),
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices,
                             default=Level.MINISTRY,
                             help_text=_("On whose behalf the Vietnamese side signs."))
    parties = models.ManyToManyField(Partner, related_name="agreements",
                                     verbose_name=_("parties"))
    entry_into_force = models.DateField(
        _("entry into force"), null=True, blank=True,
        help_text=_("The date the agreement sets or that was notified; leave empty when it takes "
                    "effect on signature or the date is unknown."),
    )
    effective_on_signature = models.BooleanField(
        _("takes effect on signature"), default=True,
        help_text=_("Without an entry-into-force date, it takes effect when the last party signs."),
    )
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True,
        help_text=_("Start of a fixed period of validity, if the agreement sets one; it is in "
                    "force from the later of this date and its entry into force."),
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True,
        help_text=_("Last day of its period of validity; it has expired from the next day."),
    )
    terminated_on = models.DateField(
        _("terminated on"), null=True, blank=True,
        help_text=_("Only when it ended early (terminated or denounced); an agreement that "
                    "expires needs only its last day of validity."),
    )
    # The one fact dates cannot give: sources confirm the instrument was concluded but
    # record no signature dates.
    concluded_undated = models.BooleanField(
        _("concluded, signature dates unknown"), default=False,
        help_text=_("Tick only when the sources confirm it was signed but give no dates; "
                    "otherwise record the signatures below."),
    )
    areas = models.ManyToManyField(Area, blank=True, related_name="agreements",
                                   verbose_name=_("areas of cooperation"))
    documents = models.ManyToManyField(
        "documents.Document", through="AgreementDocument", blank=True,
        related_name="agreements", verbose_name=_("documents"),
    )
    # Derived from the facts above, the signatures and the links by
    # cooperation.status.recompute_agreement_dates(), so the state as of any day is a cheap
    # CASE over columns (annotate_state) instead of subqueries per row.
    last_signature_on = models.DateField(_("last signature by a party"), null=True,
                                         editable=False)
    last_signature_precision = models.CharField(
        _("last signature known to"), max_length=5, default="day", editable=False,
        choices=[("day", _("Day known")), ("month", _("Month known")), ("year", _("Year only"))],
    )
    signed_by_all_parties = models.BooleanField(_("signed by every party"), default=False,
                                                editable=False)
    takes_effect_on = models.DateField(_("takes effect on"), null=True, editable=False)
    in_force_from = models.DateField(_("in force from"), null=True, editable=False)
    in_force_from_precision = models.CharField(
        _("in force from, known to"), max_length=5, default="day", editable=False,
        choices=[("day", _("Day known")), ("month", _("Month known")), ("year", _("Year only"))],
    )
    in_force_until = models.DateField(
        _("no longer in force from"), null=True, editable=False,
        help_text=_("Termination or expiry; replacement is stored apart."),
    )
    replaced_from = models.DateField(_("replaced from"), null=True, editable=False)
    partly_replaced_from = models.DateField(_("partly replaced from"), null=True,
                                            editable=False)
    replacements_public_from = models.DateTimeField(
        _("replacements published from"), null=True, editable=False,
        help_text=_("When the last replacing agreement marked published goes public."),
    )

    objects = AgreementQuerySet.as_manager()

    translation_check_fields = ("title",)

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("agreement")
        permissions = [("publish_agreement", _("Can publish agreements"))]
        verbose_name_plural = _("agreements")
        constraints = per_language_unique("slug", "cooperation_agreement")
        indexes = [models.Index(fields=["in_force_from", "in_force_until"],
                                name="coop_agreement_in_force_idx"),
                   live_index("cooperation_agreement_live_idx"),
                   # The home page's last concluded agreements, newest first.
                   models.Index(fields=["last_signature_on"],
                                name="coop_agreement_signed_idx")]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The period cannot end before it starts.")
        if self.terminated_on and self.valid_from and self.terminated_on < self.valid_from:
            errors["terminated_on"] = _("Termination cannot come before the period starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def period_label(self):
        """"2021–2025"; a programme of one year is "2023", not "2023–2023"."""
        if self.valid_from and self.valid_until:
            if self.valid_from.year == self.valid_until.year:
                return str(self.valid_from.year)
            return f"{self.valid_from.year}–{self.valid_until.year}"
        return ""

    def state_label(self):
        return agreement_status.state_label(getattr(self, "state", None))

    @property
    def is_in_force(self):
        """In force (wholly or partly) on the day `with_state()` was asked about."""
        return getattr(self, "state", None) in agreement_status.IN_FORCE_STATES

    def links(self):
        """Typed links from and to this agreement, each worded from this side."""
        links = self._links_with_published()
        outgoing = [(link.get_kind_display(), link.target)
                    for link in links if link.source_id == self.pk]
        incoming = [(AgreementLink.INVERSE[link.kind], link.source)
                    for link in links if link.source_id != self.pk]
        return outgoing + incoming

    def timeline(self):
        """The dated actions on this agreement, each a cooperation.status.TimelineItem."""
        # Replacements are among its links (read once for both): only their start days are
        # shown (their full state, two more sub-selects, cost a third of the page's time).
        linked_from = [(link.source, link.kind, link.source_starts_on)
                       for link in self._links_with_published() if link.source_id != self.pk]
        return agreement_status.timeline(self, linked_from)

    def _links_with_published(self):
        """Links from and to published agreements, in one query kept on the instance: the
        other agreement as a link (title and address), published (tested through the joins
        select_related makes anyway), with the day a linking agreement took effect (what
        the timeline shows of a replacement)."""
        try:
            return self._links_cache
        except AttributeError:
            pass
        now = timezone.now()
        links = AgreementLink.objects.filter(
            (Q(source=self) & Live(now, via="target__"))
            | (Q(target=self) & Live(now, via="source__")),
        ).annotate(source_starts_on=agreement_status.ShownDate(
            "starts_on", timezone.localdate(), via="source__")
        ).select_related("source", "target")
        self._links_cache = list(only_columns(
            links, "source", "target", "kind",
            *columns_of(Agreement, LINK_TEXT, prefix="source__"),
            *columns_of(Agreement, LINK_TEXT, prefix="target__")))
        return self._links_cache


class Signature(ChoiceLabels):
    """One party's signature of an agreement."""

    class Method(models.TextChoices):
        CEREMONY = "ceremony", _("Signing ceremony")
        ALTERNATING = "alternating", _("Alternating signature through diplomatic channels")
        EXCHANGE = "exchange_of_letters", _("Exchange of letters")
        ONLINE = "online", _("Online signing")

    class Precision(models.TextChoices):
        DAY = "day", _("Day known")
        MONTH = "month", _("Month known")
        YEAR = "year", _("Year only")

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="signatures")
    party = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="signatures",
                              verbose_name=_("on behalf of"))
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date known to"), max_length=5, choices=Precision.choices, default=Precision.DAY,
        help_text=_("When sources give only a month or a year, only that part is shown."),
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    signatory = models.CharField(_("signatory"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=250, blank=True)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices,
                              default=Method.CEREMONY)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(fields=["agreement", "party"],
                                    name="cooperation_signature_one_per_party"),
        ]

    def __str__(self):
        # As readers see it: 27/10/2020, or only the month or year when that is all known.
        shown = dates.display(self.date, self.date_precision)
        return f"{self.party} – {shown}" if shown else str(self.party)


class AgreementLink(ChoiceLabels):
    """A typed link between two agreements, shown on both."""

    class Kind(models.TextChoices):
        IMPLEMENTS = "implements", _("implements")
        AMENDS = "amends", _("amends")
        REPLACES = "replaces", _("replaces")
        PARTLY_REPLACES = "partly_replaces", _("partly replaces")

    # Read after "This agreement" on the other side's page, so English needs the "is".
    INVERSE = {
        Kind.IMPLEMENTS: _("is implemented by"),
        Kind.AMENDS: _("is amended by"),
        Kind.REPLACES: _("is replaced by"),
        Kind.PARTLY_REPLACES: _("is partly replaced by"),
    }

    source = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="links_out",
                               verbose_name=_("this agreement"))
    kind = models.CharField(_("link"), max_length=20, choices=Kind.choices)
    target = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="links_in",
                               verbose_name=_("other agreement"))

    class Meta:
        verbose_name = _("link to another agreement")
        verbose_name_plural = _("links to other agreements")
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "target"],
                                    name="cooperation_link_unique"),
            models.CheckConstraint(condition=~Q(source=F("target")),
                                   name="cooperation_link_not_to_itself"),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display()} {self.target}"

    def clean(self):
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("An agreement cannot be linked to itself.")})


class AgreementDocument(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE)
    document = models.ForeignKey("documents.Document", on_delete=models.CASCADE,
                                 verbose_name=_("document"))
    authentic = models.BooleanField(
        _("authentic text"), default=False,
        help_text=_("An authentic (equally binding) language version of the agreement."),
    )

    class Meta:
        # In the order attached: without it the order was the plan's, which changed with
        # the documents' indexes on PostgreSQL.
        ordering = ["pk"]
        verbose_name = _("text or document")
        verbose_name_plural = _("texts and documents")
        constraints = [models.UniqueConstraint(fields=["agreement", "document"],
                                               name="cooperation_agreement_document_unique")]

    def __str__(self):
        return str(self.document)


class Project(SlugAddressed, Publishable):
    """A project or non-project aid, with funders and implementing agencies."""

    url_name = "cooperation:project"

    class Kind(models.TextChoices):
        PROJECT = "project", _("Project")
        NON_PROJECT = "non_project", _("Non-project aid")

    class Stage(models.TextChoices):
        PIPELINE = "pipeline", _("Pipeline")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")
        CLOSED = "closed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    stage = models.CharField(_("project status"), max_length=12, choices=Stage.choices,
                             default=Stage.ONGOING, db_index=True)
    budget = models.DecimalField(_("budget"), max_digits=15, decimal_places=2, null=True,
                                 blank=True,
                                 help_text=_("Total for the whole project, in the currency "
                                             "below."))
    currency = models.CharField(_("currency"), max_length=3, blank=True,
                                help_text=_("ISO 4217 code, e.g. USD, EUR, VND."))
    start = models.DateField(_("start"), null=True, blank=True,
                             help_text=_("First day of implementation."))
    end = models.DateField(_("end"), null=True, blank=True,
                           help_text=_("Last day of implementation (planned, while under way)."))
    decision_number = models.CharField(_("approving decision"), max_length=60, blank=True,
                                       help_text=_("E.g. 1855/QĐ-BTP"))
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    partners = models.ManyToManyField(Partner, through="ProjectRole", related_name="projects",
                                      verbose_name=_("partners"))
    agreements = models.ManyToManyField(Agreement, blank=True, related_name="projects",
                                        verbose_name=_("related agreements"))
    documents = models.ManyToManyField("documents.Document", blank=True,
                                       related_name="projects", verbose_name=_("documents"))

    translation_check_fields = ("title",)

    class Meta:
        # Latest start first, projects without a start date last (on PostgreSQL too, which
        # puts NULLs first in a descending order), as agreements not signed yet.
        ordering = [F("start").desc(nulls_last=True), "-pk"]
        verbose_name = _("project or aid")
        permissions = [("publish_project", _("Can publish projects and aid"))]
        verbose_name_plural = _("projects and aid")
        constraints = per_language_unique("slug", "cooperation_project")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The project cannot end before it starts.")})
        if self.budget is not None and self.budget < 0:
            raise ValidationError({"budget": _("The budget cannot be negative.")})
        if self.budget is not None and not self.currency:
            raise ValidationError({"currency": _("Give the currency of the budget.")})


class ProjectRoleQuerySet(models.QuerySet):
    def public(self):
        """Roles of published partners only: an unpublished partner is never named on public
        pages. A method, so "published" is judged at each request, not once at start-up."""
        return (self.filter(Live(timezone.now(), via="partner__"))  # through the join below
                .select_related("partner"))


class ProjectRole(ChoiceLabels):
    class Role(models.TextChoices):
        FUNDER = "funder", _("Funder")
        IMPLEMENTER = "implementer", _("Implementing agency")
        CO_IMPLEMENTER = "co_implementer", _("Co-implementer")
        BENEFICIARY = "beneficiary", _("Beneficiary")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="roles")
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="project_roles",
                                verbose_name=_("partner"))
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)

    objects = ProjectRoleQuerySet.as_manager()

    class Meta:
        ordering = ["role", "pk"]
        verbose_name = _("partner role")
        verbose_name_plural = _("partners and roles")
        constraints = [models.UniqueConstraint(fields=["project", "partner", "role"],
                                               name="cooperation_project_role_unique")]

    def __str__(self):
        return f"{self.partner} – {self.get_role_display()}"


class NeedQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("agency", "area")


class CooperationNeed(SlugAddressed, Publishable):
    """A Vietnamese agency's proposal of what cooperation it needs."""

    url_name = "cooperation:need"

    class Priority(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM = "medium", _("Medium")
        LOW = "low", _("Low")

    class Stage(models.TextChoices):
        OPEN = "open", _("Open")
        INTERESTED = "interested", _("Partner interested")
        MATCHED = "matched", _("Matched")
        CLOSED = "closed", _("Closed")

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"))
    agency = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="needs",
                               verbose_name=_("proposing agency"),
                               limit_choices_to={"kind": Partner.Kind.VN_AGENCY})
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="needs",
                             verbose_name=_("field"))
    priority = models.CharField(_("priority"), max_length=8, choices=Priority.choices,
                                default=Priority.MEDIUM)
    start_year = models.PositiveSmallIntegerField(
        _("from year"), help_text=_("First year of the period the support is needed for."))
    end_year = models.PositiveSmallIntegerField(
        _("to year"), help_text=_("Last year of that period (the same year for one year)."))
    stage = models.CharField(_("proposal status"), max_length=12, choices=Stage.choices,
                             default=Stage.OPEN, db_index=True)

    objects = NeedQuerySet.as_manager()

    translation_check_fields = ("title",)

    class Meta:
        ordering = ["-start_year", "-pk"]
        verbose_name = _("cooperation need")
        permissions = [("publish_cooperationneed", _("Can publish cooperation needs"))]
        verbose_name_plural = _("cooperation needs")
        constraints = per_language_unique("slug", "cooperation_need")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The period cannot end before it starts.")})

    @property
    def accepts_interest(self):
        """Partners may register interest until the proposal is matched or closed."""
        return self.stage in (self.Stage.OPEN, self.Stage.INTERESTED)


class Interest(models.Model):
    """A partner's interest in a cooperation need, with a message only the secretariat and
    that partner's own account can read."""

    need = models.ForeignKey(CooperationNeed, on_delete=models.CASCADE,
                             related_name="interests", verbose_name=_("cooperation need"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="cooperation_interests", verbose_name=_("user"))
    partner = models.ForeignKey(Partner, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="interests", verbose_name=_("partner"))
    message = models.TextField(_("message"), max_length=3000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")

    def __str__(self):
        return f"{self.partner or self.user} → {self.need}"

