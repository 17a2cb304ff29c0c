"""The government that publishes a release, read from the address it was published at.

A government host names its state in the country-code domain under a government label ("mea.gov.in",
"www.mofa.go.jp", "pm.gc.ca", "www.gov.uk"); ".gov" and ".mil" alone are the United States
("bidenwhitehouse.archives.gov", "japan2.usembassy.gov"). An embassy host names its state by demonym
("sy.chineseembassy.org"). News outlets, blogs and archives of other kinds give no government.
"""
from __future__ import annotations

from urllib.parse import urlparse

from . import gazetteer

# labels that mark a government host below a country-code domain
GOV_LABELS = {"gov", "go", "gob", "gouv", "govt", "gv", "gc", "admin", "mfa", "mofa", "mea", "fmprc", "kremlin",
              "presidency", "president", "pmo", "pmindia", "diplomatie", "auswaertiges-amt", "bundesregierung"}
# country-code domains whose code is not the state's alpha-2
CCTLD_FIXES = {"uk": "GB", "su": "SU"}
# hosts that publish only one government's documents though their domain does not say so
OFFICIAL_HOSTS = {"presidency.ucsb.edu": "US", "kremlin.ru": "RU", "en.kremlin.ru": "RU", "state.gov": "US"}


def _host(url: str | None) -> str:
    """The lowercased host name of an address ("" when there is none or it does not parse)."""
    if not url:
        return ""
    try:
        return (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


def release_country(url: str | None) -> str | None:
    """ISO code of the government whose release this address is, or None for any other outlet."""
    host = _host(url)
    if not host:
        return None
    host = host[4:] if host.startswith("www.") else host
    for known, code in OFFICIAL_HOSTS.items():
        if host == known or host.endswith("." + known):
            return code
    labels = host.split(".")
    tld = labels[-1]
    if tld in ("gov", "mil"):
        return "US"
    for label in labels[:-1]:
        if label.endswith("embassy") and len(label) > len("embassy"):
            hit = gazetteer.lookup(label[:-len("embassy")].capitalize())
            if hit and hit[1] in ("name", "demonym") and gazetteer.is_sovereign(hit[0]):
                return hit[0]
    if len(tld) == 2 and any(label in GOV_LABELS for label in labels[:-1]):
        code = CCTLD_FIXES.get(tld, tld.upper())
        return code if gazetteer.is_sovereign(code) else None
    return None


# country-code domains sold worldwide as generic names: they say nothing of where an outlet is
GENERIC_CCTLDS = {"io", "co", "tv", "me", "fm", "ly", "ai", "cc", "ws", "to", "la", "gg", "am", "is", "it", "nu",
                  "tk", "ms", "vc", "so", "st", "sh", "ac", "im", "info"}


def outlet_country(url: str | None) -> str | None:
    """ISO code of the state a national outlet publishes from, read from its country-code domain
    ("kbc.co.ke", "www.japantimes.co.jp", "aninews.in"); None for generic domains."""
    host = _host(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    code = CCTLD_FIXES.get(tld, tld.upper())
    return code if gazetteer.is_sovereign(code) else None
