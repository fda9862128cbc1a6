"""French names that open on a lowercase common noun, as French writes them: "ministère de l'Agriculture",
"tribunal administratif de Lille", "préfecture du Rhône", "place Masséna", "glacier du Rogneux"."""

from __future__ import annotations

import re

# The nouns such a name opens on, with the kind of actor each names.
_ORGANIZATION_HEADS = ("ministère", "préfecture", "sous-préfecture", "tribunal", "cour", "parquet", "rectorat",
                       "mairie", "conseil", "commissariat", "gendarmerie", "université", "lycée", "collège",
                       "musée", "théâtre", "opéra")
_PLACE_HEADS = ("hôpital", "cathédrale", "basilique", "église", "abbaye", "synagogue", "mosquée", "château",
                "gare", "aéroport", "port", "pont", "glacier", "col", "lac", "mont", "massif", "bassin", "val",
                "vallée", "place", "promenade", "avenue", "boulevard", "rue", "quai", "jardin", "forêt", "plage",
                "île", "étang", "canal", "barrage", "tunnel", "stade", "cimetière")
_CAPITAL = r"[A-ZÀ-ÞŒ][\w'’-]*"
_ADJECTIVE = (r"[a-zà-ÿœ]+(?:if|ive|al|ale|aux|el|elle|aire|ique|ien|ienne|ier|ière|ain|aine|ais|aise|ois|oise)"
              r"(?![\w'’-])")  # a whole word: "nationale", not "national" and a letter left over
_OF = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
_NAME = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_ORGANIZATION_HEADS + _PLACE_HEADS)})"  # the noun
    rf"(?:\s+{_ADJECTIVE}){{0,2}}"  # "administratif", "zoologique"
    rf"\s+{_OF}?{_CAPITAL}(?:\s+{_CAPITAL})*(?:\s+{_ADJECTIVE})?"  # "de la Transition écologique", "Masséna"
    rf"(?:\s+{_OF}{_CAPITAL}(?:\s+{_CAPITAL})*)?")  # "de Besançon"


def lowercase_headed_names(text: str) -> list[str]:
    """The names in ``text`` that open on one of the nouns above and go on with a capital, in text order; "le
    plus grand glacier de France" describes, it names no glacier."""
    from generator.importer.kinds import country_names

    countries = country_names("fr")
    names = (" ".join(match.group(0).split()) for match in _NAME.finditer(text))
    return list(dict.fromkeys(name for name in names if re.sub(rf"^\S+\s+{_OF}", "", name) not in countries))


def head_kind(name: str) -> str:
    """The kind a lowercase-headed French name has by its first noun, or "" for any other name."""
    head = name.split()[0]
    if head in _ORGANIZATION_HEADS:
        return "organization"
    return "place" if head in _PLACE_HEADS else ""
