"""XML that comes from outside — a phone's submission, a partner server's form list, form or
media file — read with no DTD and no entity: a few KB of nested entity definitions expand to
gigabytes ("billion laughs"), and a submission never needs one (ODK Collect, Enketo and
JavaRosa write none). defusedxml refuses them before they expand; the refusal is an
``ElementTree.ParseError``, so a caller says it as it says any XML that cannot be read."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _fromstring


def parse(xml: str | bytes) -> ET.Element:
    """The root element of ``xml``; ParseError for XML that cannot be read or that declares
    a DOCTYPE or an entity."""
    try:
        return _fromstring(xml, forbid_dtd=True)
    except DefusedXmlException:
        raise ET.ParseError(
            "the XML declares a DOCTYPE or entities, which submissions and forms never hold"
        ) from None
