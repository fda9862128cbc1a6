"""English dates: the month abbreviations CLDR leaves out, tense cues, relative words and the words before
a bare year or month."""

from __future__ import annotations

# Month abbreviations CLDR leaves out, by month number.
EXTRA_MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {9: ("Sept.", "Sept"), 1: ("Jan",), 2: ("Feb",), 8: ("Aug",), 10: ("Oct",), 11: ("Nov",), 12: ("Dec",)},
}

_EN_PAST_VERBS = (
    "was due|were due|been due|"  # "before it was due to touch down late Monday": a plan that has passed
    "said|says|told|was|were|had|did|took|made|came|went|left|met|won|lost|began|fell|held|gave|saw|struck|"
    "shot|fled|broke|ran|rose|sent|spoke|stood|wrote|became|brought|bought|built|caught|drove|fought|found|"
    "got|hit|kept|knew|led|paid|put|set|sold|split|spent|swore|threw|took|underwent|woke|won|(?<=which )cut|"
    "(?<=who )cut|(?<=that )cut|\\w+ed|ago|"
    "(?<!the )(?<!its )(?<!their )(?<!his )(?<!her )(?<!our )(?<!a )last|"  # not "its last concert": final
    "(?<!minutes )(?<!hours )earlier|previous|previously|past|former|since"
)
_EN_FORWARD = (
    "will|'ll|shall|would|should(?!\\s+have\\b)|is due|are due|(?<!was )(?<!were )(?<!been )due|scheduled|set for|"
    "set to|is to|"
    "are to|(?<!a )(?<!the )(?<!new )(?<!its )(?<!their )plans?(?!\\s+(?:on|at)\\s)|(?:is|are) planned|planned for|"
    "planning(?!\\s+(?:board|commission|committee|permission|application|authority|authorities|office|department|"
    "rules|process|officials|consent|inspectors?|system|documents|approval)\\b)|"
    "expected|expects|(?<=[a-z]s )expect|(?<=we )expect|(?<=they )expect|(?<=I )expect|upcoming|next|until|till|"
    "through(?=\\s+(?:[A-Z][a-z]+\\.?\\s+\\d|the end))|"  # "booked through Oct. 11"
    "(?<!had )(?<!has )(?<!have )(?<!a )(?<!the )(?<!its )forecasts?"
    "(?!\\s+(?:on|in|at|by|of|for|from|was|were|is|had|has|[a-z]+ed)\\b)|"  # "its harvest forecast on Sept. 24",
    # "narrower forecasts ruled them out": a noun
    "intends?|aims?|(?<!had )hopes?(?=\\s+to\\b)|takes office|will be|is likely|"  # "a new plan", "had
    # forecast": a noun, a past; "we hope to put it back on April 20": ahead
    "are likely|to be held|coming|later|"
    "(?<!the )(?<!a )(?<!an )(?:postpon|delay|push|mov|extend)\\w*(?:\\s+back)?"
    "\\b[^.;,]{0,60}?(?=\\s*\\b(?:to|until|through)\\b)|"  # "… to"
    "(?:order|told|tell|requir|instruct|summon|direct|urg|invit)\\w*\\s+(?:[\\w.'’-]+\\s+){1,3}?to\\s+"
    "(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[a-z]+"  # "ordered Marr to report to prison on April 6"
)

TABLES: dict[str, dict[str, object]] = {
    "en": {
        "forward": rf"\b(?:{_EN_FORWARD})\b",
        "back": rf"(?<!\bto )(?<!\bbe )\b(?:{_EN_PAST_VERBS})\b",  # ("to put", "to set": an infinitive, no past;
        # "will be held", "would be kept": a passive after its modal, no past either)
        "target": r"\b(?:for|starting|beginning|effective|as of|date of|deadline of)(?=\s+"
                  r"(?:at\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?\s+)?(?:on\s+)?(?:next\s+|the\s+)?"
                  r"(?:[A-Z][a-z]*day\b|[A-Z][a-z]+\.?\s+\d))",  # "a strike for Thursday", "starting June 1"
        "relative": {
            "overnight": r"\b(?:overnight|last night|during the night|in the night)\b",
            "yesterday": r"\byesterday\b",
            "today": r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b",
            "tomorrow": r"\btomorrow\b",
            "last_weekend": r"\b(?:(?:last|the past|the previous) weekend|over the weekend)\b",
            "next_weekend": r"\b(?:next|the coming) weekend\b",
            "last_week": r"\b(?:last|the past|the previous) week\b",
            "next_week": r"\b(?:next|the coming) week\b",
            "last_month": r"\blast month\b",
            "this_month": r"\bearlier this month\b",
            "next_month": r"\bnext month\b",
            "last_year": r"\blast year(?:'s)?\b",
            "next_year": r"\bnext year(?:'s)?\b",
            "same_year": r"\b(?:that same year|the same year|that year)\b",
            "ago": r"\b(?<![\d.,])(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                   r"(?P<unit>day|week|month|year)s?\s+ago\b",
        },
        "day_suffix": r"(?:st|nd|rd|th)?",
        "year_before": r"(?:in|since|by|until|till|through|during|from|of|early|late|mid-|around|before|after|the|"
                       r"the end of|end of)",
        "month_before": r"(?:in|since|by|until|till|through|during|from|of|between|early|late|mid-|last|this|next|"
                        r"(?:(?<=back )|(?<=postponed )|(?<=delayed )|(?<=moved )|(?<=deferred )|(?<=rescheduled )|"
                        r"(?<=forward ))to|(?:(?<=scheduled )|(?<=planned )|(?<=slated )|(?<=set )|(?<=due )|"
                        r"(?<=pencilled in )|(?<=penciled in ))for)",  # "pushed back to December": the month it was
        # moved to; "scheduled for March": the month it is planned for
    },
}
CALL = {
    "en": r"\bcall(?:s|ed|ing)?\b",
}
FIRST_RELATIVE: dict[str, dict[str, str]] = {
    "en": {"two_days_ago": r"\bthe day before yesterday\b", "in_two_days": r"\bthe day after tomorrow\b",
           "this_weekend": r"\bthis (?:coming )?weekend\b"},
}
