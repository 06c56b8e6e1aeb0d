"""The report's body as a list of blocks (headings, paragraphs, bullet lists), built once and
written out by the HTML preview/PDF template and by the DOCX writer alike, so the three
outputs never drift apart. Call under `translation.override(language)`."""

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _


def heading(text, level):
    # `tag` lets the template write the element without comparing codes.
    return {"type": "heading", "level": level, "tag": f"h{level + 1}", "text": text}


def paragraphs(text):
    """The secretariat's text: a blank line or a line break starts a new paragraph."""
    return [para(line.strip()) for line in (text or "").splitlines() if line.strip()]


def para(text):
    return {"type": "para", "is_para": True, "text": text}


def bullets(items):
    return {"type": "bullets", "is_list": True, "items": list(items)}


def none_recorded():
    return para(_("None recorded for the period."))


def _join(values):
    return "; ".join(v for v in values if v)


def event_lines(row):
    """What the report says about one event, one fact a line."""
    lines = [_("Kind: %(kind)s") % {"kind": row["kind"]}]
    if row["theme"]:
        lines.append(_("Theme: %(theme)s") % {"theme": row["theme"]})
    where = ", ".join(dict.fromkeys(part for part in (row["place"], row["mode"]) if part))
    lines.append(_("Date: %(date)s") % {"date": row["date"]}
                 + (" · " + _("Place: %(place)s") % {"place": where} if where else ""))
    if row["chairs"]:
        lines.append(_("Chaired by: %(names)s") % {"names": _join(row["chairs"])})
    if row["co_chairs"]:
        lines.append(_("Co-chaired by: %(names)s") % {"names": _join(row["co_chairs"])})
    if row["co_organisers"]:
        lines.append(_("Co-organised with: %(names)s") % {"names": _join(row["co_organisers"])})
    if row["delegates"]:
        lines.append(_("Delegates: %(count)s") % {"count": row["delegates"]})
    if row["project"]:
        funded = _("Project: %(project)s") % {"project": row["project"]}
        if row["funders"]:
            funded += " (" + _("funded by %(funders)s") % {"funders": _join(row["funders"])} + ")"
        lines.append(funded)
    return lines


def events_blocks(rows):
    if not rows:
        return [none_recorded()]
    blocks = []
    for row in rows:
        blocks.append(para(row["title"]) | {"strong": True})
        blocks.append(bullets(event_lines(row)))
    return blocks


def build(report):
    """The body of `report` in the active language, from its snapshot and narrative."""
    data = report.snapshot.get(get_language()) or report.snapshot.get("vi") or {}
    if not data:
        return [para(_("The data part has not been generated yet: use “Regenerate data”."))]
    blocks = paragraphs(report.introduction)
    period = data["period"]

    blocks.append(heading(_("I. Activities of the Legal Partnership Group in %(period)s")
                          % {"period": period}, 1))
    blocks.append(heading(_("1. Results achieved"), 2))
    blocks += paragraphs(report.results_summary)

    blocks.append(heading(_("1.1. Events held"), 3))
    blocks += events_blocks(data["events"])
    if data["postponed"]:
        blocks.append(para(_("Postponed:")))
        blocks.append(bullets(f"{r['title']} ({r['date']})" for r in data["postponed"]))

    blocks.append(heading(_("1.2. Survey and working delegations"), 3))
    blocks += events_blocks(data["delegations"])

    blocks.append(heading(_("1.3. International agreements"), 3))
    if data["agreements"]:
        blocks.append(bullets(
            f"{a['date']}: {a['action']}{' ' + a['other'] if a['other'] else ''} – {a['title']}"
            + (f" ({a['parties']})" if a["parties"] else "")
            for a in data["agreements"]))
    else:
        blocks.append(none_recorded())

    blocks.append(heading(_("1.4. Projects and non-project aid approved"), 3))
    if data["projects"]:
        blocks.append(bullets(
            f"{p['title']} ({p['kind']}) – "
            + _("Decision %(number)s of %(date)s") % {"number": p["decision"] or "…",
                                                      "date": p["decision_date"]}
            + ("; " + _("donor: %(donors)s") % {"donors": _join(p["donors"])}
               if p["donors"] else "")
            for p in data["projects"]))
    else:
        blocks.append(none_recorded())

    blocks.append(heading(_("1.5. Cooperation needs and documents"), 3))
    blocks.append(bullets([
        ngettext("%(count)s cooperation need published.",
                 "%(count)s cooperation needs published.",
                 data["needs_published"]) % {"count": data["needs_published"]},
        ngettext("%(count)s expression of interest received from partners.",
                 "%(count)s expressions of interest received from partners.",
                 data["interests_received"]) % {"count": data["interests_received"]},
    ]))
    documents = data["documents"]
    if documents["items"]:
        blocks.append(para(_("Documents published in the library:")))
        blocks.append(bullets(f"{d['date']}: {d['title']} ({d['kind']}; {d['access']})"
                              for d in documents["items"]))
    if documents["secretariat_only"]:
        blocks.append(para(ngettext(
            "%(count)s document for the secretariat only was also filed.",
            "%(count)s documents for the secretariat only were also filed.",
            documents["secretariat_only"]) % {"count": documents["secretariat_only"]}))

    blocks.append(heading(_("1.6. The Group's rhythm in %(year)s so far") % {
        "year": data["rhythm"]["year"]}, 3))
    rhythm = data["rhythm"]
    blocks.append(bullets([
        _("Annual Legal Partnership Forum: %(count)s (target: one a year)")
        % {"count": rhythm["forums"]},
        _("Thematic conferences and seminars by quarter: %(quarters)s (target: at least one "
          "a quarter)") % {"quarters": ", ".join(f"{q['quarter']}: {q['seminars']}"
                                                  for q in rhythm["quarters"])},
        _("Survey delegations: %(count)s of at most %(limit)s a year")
        % {"count": rhythm["surveys"], "limit": rhythm["survey_limit"]},
    ]))

    blocks.append(heading(_("2. Limitations and difficulties"), 2))
    blocks += paragraphs(report.limitations) or [para("…")]
    blocks.append(heading(_("3. Proposals"), 2))
    blocks += paragraphs(report.proposals) or [para("…")]

    blocks.append(heading(_("II. News published in the column in %(period)s")
                          % {"period": period}, 1))
    if data["news"]:
        for number, group in enumerate(data["news"], start=1):
            blocks.append(heading(f"{number}. {group['category']}", 2))
            blocks.append(bullets(f"{p['date']}: {p['title']}" for p in group["posts"]))
    else:
        blocks.append(none_recorded())

    blocks.append(heading(_("III. Plan for %(period)s") % {"period": data["next_period"]}, 1))
    blocks += paragraphs(report.plan_text)
    blocks.append(heading(_("Events already planned"), 3))
    blocks += events_blocks(data["planned"])
    return blocks
