"""Exports an analyst takes elsewhere: meetings as CSV (a spreadsheet), the network as GEXF (Gephi).

Plain functions over rows the selectors already shaped; no queries of their own beyond iterating.
"""
import csv
import datetime as dt
from typing import Iterable, Iterator
from xml.etree import ElementTree as ET

MEETING_COLUMNS = [
    "id", "date", "date_precision", "kind", "status", "review_status", "location", "location_country",
    "participants", "participant_countries", "issues", "evidence", "sources", "page",
]

# A cell starting with one of these is a formula to Excel and LibreOffice; article text is not trusted.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def meeting_row(meeting, *, base_url: str = "") -> list[str]:
    """One meeting from selectors.meeting_queryset (participants, issues, sources prefetched)."""
    participants = list(meeting.participants.all())
    sources = list(meeting.sources.all())
    row = [
        meeting.pk, meeting.date_display, meeting.date_precision, meeting.kind, meeting.status,
        meeting.review_status, meeting.location_name,
        meeting.location_country.iso2 if meeting.location_country else "",
        "; ".join(str(p) for p in participants),
        "; ".join(sorted({(p.actor.country.iso2 if p.actor_id and p.actor.country else
                           p.country.iso2 if p.country_id else "") for p in participants} - {""})),
        "; ".join(issue.name for issue in meeting.issues.all()),
        " | ".join(" ".join(s.evidence.split()) for s in sources),
        " | ".join(s.article.url or f"{base_url}/articles/{s.article_id}/" for s in sources),
        f"{base_url}{meeting.get_absolute_url()}",
    ]
    return [safe_cell(cell) for cell in row]


class _Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def meetings_csv(meetings: Iterable, *, base_url: str = "") -> Iterator[str]:
    """The CSV lines of `meetings`, header first, produced as they are read."""
    writer = csv.writer(_Echo())
    yield writer.writerow(MEETING_COLUMNS)
    for meeting in meetings:
        yield writer.writerow(meeting_row(meeting, base_url=base_url))


def network_gexf(network, *, base_url: str = "", description: str = "") -> bytes:
    """GEXF 1.3 of a selectors.Network: actors with their country and page, undirected weighted edges."""
    ns = "http://gexf.net/1.3"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}gexf", version="1.3")
    meta = ET.SubElement(root, f"{{{ns}}}meta", lastmodifieddate=dt.date.today().isoformat())
    ET.SubElement(meta, f"{{{ns}}}creator").text = "Diplomatic relations"
    ET.SubElement(meta, f"{{{ns}}}description").text = description or "Who met whom"
    graph = ET.SubElement(root, f"{{{ns}}}graph", defaultedgetype="undirected", mode="static")
    attributes = ET.SubElement(graph, f"{{{ns}}}attributes", {"class": "node"})
    for index, (title, kind) in enumerate((("country", "string"), ("url", "string"), ("kind", "string"))):
        ET.SubElement(attributes, f"{{{ns}}}attribute", id=str(index), title=title, type=kind)
    nodes = ET.SubElement(graph, f"{{{ns}}}nodes")
    for actor in network.nodes:
        node = ET.SubElement(nodes, f"{{{ns}}}node", id=str(actor.pk), label=actor.name)
        values = ET.SubElement(node, f"{{{ns}}}attvalues")
        for index, value in enumerate((actor.country.iso2 if actor.country else "",
                                       f"{base_url}{actor.get_absolute_url()}", actor.kind)):
            ET.SubElement(values, f"{{{ns}}}attvalue", {"for": str(index), "value": value})
    edges = ET.SubElement(graph, f"{{{ns}}}edges")
    for index, (source, target, weight) in enumerate(network.edges):
        ET.SubElement(edges, f"{{{ns}}}edge", id=str(index), source=str(source), target=str(target),
                      weight=str(weight))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
