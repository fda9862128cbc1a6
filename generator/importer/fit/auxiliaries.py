"""A subject and its verb in English, French and Spanish: the finite verbs, auxiliaries, participles and
infinitives that are never cut apart, and the phrases between a subject and its verb that go first."""

from __future__ import annotations

import re

from generator.importer.fit.limit import LIMIT
from generator.importer.verbs import PAST_PATTERN


def _verb_adverb(text: str, lang: str) -> str:
    """``text`` without the adverb in -ment or -mente between a French or Spanish finite verb and the participle or
    infinitive it goes with ("devaient initialement s'achever", "ha finalmente aprobado"): a long title needs
    neither."""
    words = text.split()
    for i in range(1, len(words) - 1):
        if re.fullmatch(r"[a-zéèêàç]{3,}(?:ement|ément|amment|emment)|[a-záéíóúñ]{3,}mente", words[i]) \
                and _SUBJECT_VERB[lang].fullmatch(words[i - 1].lower()) \
                and re.fullmatch(r"(?:[snl]['’])?[a-zéèêàçáíóúñ]{2,}(?:er|ir|re|é|ée|és|ées|i|u|ado|ada|ados|"
                                 r"adas|ido|ida|idos|idas|ar)", words[i + 1]):
            return " ".join(words[:i] + words[i + 1:])
    return text


# The finite verbs that follow a subject in English, French and Spanish (the subject's phrases stand before them).
_SUBJECT_VERB = {
    "en": re.compile(rf"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|[a-z]{{3,}}ed|"
                     rf"{PAST_PATTERN})"),  # "went", "began"
    "fr": re.compile(r"(?:[snl]['’])?(?:a|ont|est|sont|sera|seront|avait|avaient|était|étaient|va|vont|doit|doivent|"
                     r"peut|peuvent|[a-zéèêàç]{2,}(?:ait|aient|era|eront|ra|ront))"),
    "es": re.compile(r"(?:es|son|fue|fueron|ha|han|había|habían|será|serán|está|están|va|van|debe|deben|puede|pueden|"
                     r"[a-záéíóúñ]{2,}(?:ó|aron|[iy]eron|rá|rán|aba|aban|ía|ían))"),
}


# Pronouns of a part, which take their "of" phrase with them: "one | of the firms" is no place to cut
_PARTITIVE = {"one", "some", "many", "most", "all", "each", "none", "several", "both", "any", "part", "un", "une",
              "uno", "una", "alguno", "alguna", "cada"}


def verb_span(words: list[str], lang: str, first: int = 2) -> tuple[int, int] | None:
    """(start, end) of the subject's verb from word ``first`` on: an auxiliary with its participles ("ont | été
    signalés" is never cut between them), a modal with its infinitive ("devaient s'achever"); or None."""
    verb = next((i for i, w in enumerate(words[first:], first) if _SUBJECT_VERB[lang].fullmatch(w.lower())
                 and not _reduced_relative(words, i, lang) and not _adjective_participle(words, i, lang)), None)
    if verb is None:
        return None
    end = verb + 1
    participle, adverb = _PARTICIPLE.get(lang), _ADVERB.get(lang, "(?!)")
    while participle and end < len(words) and end - verb <= 3:
        word = words[end].lower().strip(",;:")
        if participle.fullmatch(word) and (words[end - 1].lower() in _AUXILIARY.get(lang, ()) | {"été", "been", "sido"}
                                           or re.fullmatch(adverb, words[end - 1].lower())):
            end += 1
        elif re.fullmatch(adverb, word) and end + 1 < len(words) \
                and participle.fullmatch(words[end + 1].lower().strip(",;:")):
            end += 1  # "avait été | entièrement | modernisé": an adverb inside the verb is part of it
        else:
            break
    if end < len(words) and words[end - 1].lower() in _MODAL.get(lang, set()) \
            and _INFINITIVE[lang].fullmatch(words[end].lower().strip(",;:")):
        end += 1  # "devaient | s'achever": a verb of obligation and its infinitive are one verb too
    while verb > first and words[verb - 1].lower() in CLITICS.get(lang, set()):
        verb -= 1  # "… de rochers | se sont détachés", "… no se ha": the verb's pronoun and negation are its own
    return verb, end


CLITICS = {"fr": {"se", "s'", "s’", "ne", "n'", "n’", "y", "en", "lui", "leur"},
            "es": {"se", "no", "le", "les", "lo", "los"}}


def _subject_modifier(words: list[str], preps: set[str], lang: str, limit: int,
                      most_words: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the phrases after a subject's noun up to its verb, when the title does not reach its verb
    within ``limit`` (or within ``most_words`` words): from the latest preposition whose removal makes it fit, else
    from the first; or None. A preposition after a pronoun of a part ("one of") opens no phrase of its own."""
    found = verb_span(words, lang)
    if found is None:
        return None
    verb, end = found
    if len(" ".join(words[:end])) <= limit and (most_words is None or end <= most_words):
        return None
    participles = [i for i in range(3, verb) if _participle_phrase(words, i, lang)
                   or (_object_participle(words, i, lang) and i + 1 < verb)]
    # "les spectateurs | ayant acheté des places | seront": the participle's own auxiliary goes with it
    participles = [i - 1 if words[i - 1].lower() in _PARTICIPLE_AUXILIARY else i for i in participles]
    # a relative clause on the subject's noun, with no comma before it ("Le bac | qui relie les deux rives … | a été")
    relatives = [i for i in range(2, verb) if words[i].lower() in _RELATIVE_PRONOUN.get(lang, ())
                 and not words[i - 1].endswith(",")]
    starts = sorted({i for i in range(2, verb) if (words[i].lower() in preps and words[i - 1].lower() not in _PARTITIVE)
                     or re.match(r"[dD]['’]", words[i]) or _reduced_relative(words, i, lang)}
                    | {*participles, *relatives})
    if not starts:
        return None
    fits = [p for p in starts if len(" ".join(words[:p] + words[verb:])) <= limit
            and (most_words is None or p + end - verb <= most_words)]
    if not fits and limit < LIMIT:
        return None  # a part of a title ("… said that …"): cut as it comes
    # a participle phrase or a relative clause on the subject goes whole ("des cas | liés à la consommation
    # d'huîtres | ont été signalés", "an outbreak | tied to a summer camp in Maine | had infected")
    whole = {*participles, *relatives, *(i for i in starts if _reduced_relative(words, i, lang))}
    fitting = [p for p in starts if p in fits and p in whole]
    return (fitting[0] if fitting else fits[-1] if fits else starts[0], verb)


_RELATIVE_PRONOUN = {"fr": ("qui",), "es": ("que",), "en": ("which", "who", "that")}


_PARTICIPLE = {
    "fr": re.compile(r"été|[a-zéèêàç]{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues|i|ie|ies)"),
    "es": re.compile(r"sido|[a-záéíóúñ]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|chos|to|tos|ta|tas)"),
    "en": re.compile(r"been|[a-z]{2,}(?:ed|en|wn)"),
}
_AUXILIARY = {"fr": {"a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "sera", "seront"},
              "es": {"ha", "han", "había", "habían", "fue", "fueron", "será", "serán", "es", "son"},
              "en": {"is", "are", "was", "were", "has", "have", "had", "will", "would"}}
_ADVERB = {"fr": r"[a-zéèêàç]{3,}ment", "es": r"[a-záéíóúñ]{3,}mente", "en": r"[a-z]{3,}ly"}
_PARTICIPLE_AUXILIARY = {"ayant", "étant", "habiendo", "siendo"}
_PASSIVE_AUXILIARY = {"été", "sido", "been"}  # the participle of the passive's auxiliary, before the verb's own
_PARTICIPLE_PREPOSITIONS = {"fr": {"à", "au", "aux", "par", "pour", "de", "du", "des", "en", "dans", "sur", "avec"},
                            "es": {"a", "al", "por", "para", "de", "del", "en", "con"}}


# French, Spanish and English verbs of obligation, ability or the near future, an infinitive after them.
_EN_MODALS = ("could", "can", "may", "might", "must", "should", "shall")  # and "will", "would": auxiliaries too
_MODAL = {"fr": {"doit", "doivent", "devait", "devaient", "devra", "devront", "peut", "peuvent", "pouvait",
                 "pouvaient", "pourra", "pourront", "va", "vont", "allait", "allaient"},
          "es": {"debe", "deben", "debía", "debían", "deberá", "deberán", "puede", "pueden", "podía", "podían",
                 "podrá", "podrán"},
          "en": {"will", "would", *_EN_MODALS}}
_INFINITIVE = {"fr": re.compile(r"(?:[sn]['’])?[a-zéèêàç]{2,}(?:er|ir|re|oir)"),
               "es": re.compile(r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se)?"),
               "en": re.compile(r"(?!not\b)[a-z]{2,}")}  # "would | launch"


def between_auxiliary(words: list[str], at: int, lang: str) -> bool:
    """Whether a cut before ``words[at]`` would leave an auxiliary without its participle ("… ont | été signalés"),
    or a verb of obligation without its infinitive ("… devaient | s'achever")."""
    if not 0 < at < len(words) or lang not in _PARTICIPLE:
        return False
    before, word = words[at - 1].lower(), words[at].lower().strip(",;:")
    # ("a été | fermé": the passive's "été" is an auxiliary too)
    return (before in _AUXILIARY[lang] | _PASSIVE_AUXILIARY and _PARTICIPLE[lang].fullmatch(word) is not None) or (
        before in _MODAL.get(lang, set()) and lang in _INFINITIVE and _INFINITIVE[lang].fullmatch(word) is not None)


# Words after which a word in "-é", "-ée", "-ado" is a noun ("du musée", "la entrada"), not a participle.
_DETERMINER = {"fr": {"le", "la", "les", "l'", "un", "une", "du", "des", "de", "au", "aux", "ce", "cette", "son", "sa",
                      "ses", "leur", "leurs"},
               "es": {"el", "la", "los", "las", "un", "una", "del", "de", "al", "su", "sus", "este", "esta"}}


def _participle_phrase(words: list[str], at: int, lang: str) -> bool:
    """Whether a French or Spanish participle after a noun opens a phrase on it, a preposition after it ("des cas
    | liés à la consommation", "los migrantes | llegados a la frontera")."""
    return lang in _PARTICIPLE_PREPOSITIONS and at + 1 < len(words) and words[at - 1][:1].islower() \
        and words[at + 1].lower() in _PARTICIPLE_PREPOSITIONS[lang] and words[at].lower() not in {"été", "sido"} \
        and _PARTICIPLE[lang].fullmatch(words[at].lower()) is not None \
        and words[at - 1].lower() not in _AUXILIARY[lang] | {"été", "sido"} | _DETERMINER[lang]


def _adjective_participle(words: list[str], at: int, lang: str) -> bool:
    """Whether an English "-ed" word is an adjective on the noun after it, the clause's auxiliary or modal next
    ("… and | subsidised | housing would launch")."""
    return lang == "en" and words[at].endswith("ed") and at + 2 < len(words) and words[at + 1].isalpha() \
        and words[at + 1].islower() and words[at + 1] not in ("it", "he", "she", "they", "we", "that", "this") \
        and words[at + 2].lower() in _EN_AUXILIARIES + _EN_MODALS


def _object_participle(words: list[str], at: int, lang: str) -> bool:
    """Whether an English "-ing" word after a noun opens a phrase on it with its own object ("a recruitment campaign
    | offering relocation support | would launch"): one of the verbs that take one, not after a determiner."""
    return lang == "en" and words[at].lower() in _EN_OBJECT_PARTICIPLES and at + 1 < len(words) \
        and words[at - 1].lower() not in _EN_AUXILIARIES + _EN_PASSIVE_BEFORE + ("the", "a", "an")


def _reduced_relative(words: list[str], at: int, lang: str) -> bool:
    """Whether an English "-ed" word after a noun opens a reduced relative clause on it, with a preposition after it
    and the clause's own auxiliary later ("an outbreak | linked to cucumbers | had sickened")."""
    return lang == "en" and words[at].endswith("ed") and at + 1 < len(words) \
        and words[at - 1].lower() not in _EN_AUXILIARIES + _EN_PASSIVE_BEFORE \
        and words[at + 1] in ("to", "by", "in", "from", "with", "for", "at", "on") \
        and any(w in _EN_AUXILIARIES for w in words[at + 2:])


def _reduced_relative_span(words: list[str], lang: str) -> tuple[int, int] | None:
    """(start, end) of an English reduced relative clause after a noun, up to the auxiliary after it; or None."""
    relative = next((i for i in range(2, len(words)) if _reduced_relative(words, i, lang)), None)
    if relative is None:
        return None
    # "an outbreak linked to pre-cut cucumbers had sickened" → "an outbreak had sickened"
    auxiliary = next(j for j in range(relative + 2, len(words)) if words[j] in _EN_AUXILIARIES)
    return (relative, auxiliary)


_EN_AUXILIARIES = ("had", "has", "have", "was", "were", "is", "are", "will", "would")
# Verbs whose "-ing" form, after a noun, opens a phrase with the verb's object on that noun.
_EN_OBJECT_PARTICIPLES = frozenset({
    "offering", "providing", "including", "linking", "connecting", "carrying", "seeking", "demanding", "allowing",
    "requiring", "covering", "serving", "representing", "involving", "affecting", "targeting", "containing",
    "supplying", "supporting", "opposing", "backing", "handling"})
# Words before an "-ed" that make it the clause's own verb, not a reduced relative ("are | expected to")
_EN_PASSIVE_BEFORE = ("be", "been", "being", "not", "could", "can", "may", "might", "must", "should", "also")
