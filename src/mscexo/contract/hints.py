""" "Did you mean" for people, not for string distance: suggestions that use what the schema
and the release know about each value.

A wrong value is compared with every form under which an allowed value is known: the code
itself, the code of an earlier release, the abbreviation a description gives in brackets
("Extracellular vesicles (EVs)"), the words of a description's first phrase, and for
references the abbreviations, synonyms and labels of the referenced rows (`BMSC` is an
abbreviation of `BM-MSC`). Forms are compared after normalising case, spacing, hyphens,
plurals and Roman numerals (`Phase I/II` is `phase1_phase2`). Only a close match is offered:
when nothing is close, there is no suggestion, and the hint lists the allowed values (or says
where they are) instead.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

#: How close a form must be, after normalising, to be offered (difflib ratio).
CUTOFF = 0.75
SHORT_CUTOFF = 0.85
#: Allowed values listed in a hint when there are at most this many (identifiers: more).
LISTED = 12
LISTED_IDS = 30

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_BRACKETED = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,15})\)")


def normalise(text: str) -> str:
    """A comparable form: NFKC, lower case, Roman numerals as digits, no separators, no
    plural s. `Phase I/II`, `phase 1/2` and `phase1_phase2` all become `phase1phase2`."""
    text = unicodedata.normalize("NFKC", str(text)).lower().replace("β", "beta")
    words = re.split(r"[^a-z0-9]+", text)
    words = [_ROMAN.get(w, w) for w in words if w]
    if len(words) >= 2 and words[0] == "phase" and words[-1].isdigit() and words[1].isdigit():
        # "phase 1 2" (from "Phase I/II") is the combined phase "phase1 phase2"
        words = ["phase" + w if w.isdigit() else w for w in words[1:]]
    joined = "".join(words)
    return joined[:-1] if joined.endswith("s") and len(joined) > 3 else joined


def enum_forms(code: str, description: str = "", former: Iterable[str] = ()) -> list[str]:
    """The forms under which an enum value may be written by a person."""
    forms = [code, code.replace("_", " "), *former]
    forms += _BRACKETED.findall(description)
    first = re.split(r"[.,;(]", description, maxsplit=1)[0].strip()
    if first and len(first.split()) <= 4:
        forms.append(first)
    return forms


#: Fuzzy comparisons (difflib, about 10 µs each) one `Suggestions` may make in all: the first
#: values searched get a fuzzy "did you mean"; later ones only exact and word matches.
FUZZY_BUDGET = 200_000


def _words(text: str) -> set[str]:
    return {normalise(w) for w in re.split(r"[^A-Za-z0-9]+", text) if w}


class Suggestions:
    """The forms of a set of allowed values, normalised once, to search for many values at
    a bounded cost (a reference table may have thousands of rows, and a report a thousand
    unresolved references)."""

    def __init__(self, forms: dict[str, list[str]], budget: int = FUZZY_BUDGET) -> None:
        self.forms = forms
        self.budget = budget
        self.index: dict[str, set[str]] = {}
        self.words: dict[str, set[str]] = {}
        self.codes: dict[str, set[str]] = {}
        for allowed, alternatives in forms.items():
            self.codes.setdefault(normalise(allowed), set()).add(allowed)
            for form in [allowed, *alternatives]:
                if form:
                    self.index.setdefault(normalise(form), set()).add(allowed)
                    for word in _words(form):
                        self.words.setdefault(word, set()).add(allowed)

    def suggest(self, value: object) -> str | None:
        """The allowed value whose forms are closest to `value`, or None when none is
        close."""
        if not isinstance(value, str) or not value.strip():
            return None
        wanted = normalise(value)
        if len(self.index.get(wanted, ())) == 1:
            return next(iter(self.index[wanted]))
        # a single word of a value's forms ("adipose" for adipose_tissue), if only one has it
        if len(self.words.get(wanted, ())) == 1:
            return next(iter(self.words[wanted]))
        if self.budget >= len(self.index):
            self.budget -= len(self.index)
            best = self._closest(wanted)
            # offered only when one value is closer than every other
            if len(best) == 1:
                return next(iter(best))
        # a word of the value that is a whole code ("intravitreal injection" for intravitreal)
        whole = {a for part in _words(value) for a in self.codes.get(part, ())}
        if len(whole) == 1:
            return next(iter(whole))
        return None

    def _closest(self, wanted: str) -> set[str]:
        # short values (abbreviations) differ by one letter from too many others: be stricter
        cutoff = SHORT_CUTOFF if len(wanted) <= 5 else CUTOFF
        close = difflib.get_close_matches(wanted, list(self.index), n=5, cutoff=cutoff)
        scored = sorted(
            ((difflib.SequenceMatcher(None, wanted, form).ratio(), form) for form in close),
            reverse=True,
        )
        return {a for score, form in scored if score == scored[0][0] for a in self.index[form]}


def suggest(value: object, forms: dict[str, list[str]]) -> str | None:
    """The allowed value whose forms are closest to `value`, or None when none is close."""
    return Suggestions(forms).suggest(value)


#: Fields of a referenced row under which people name it.
ALIAS_FIELDS = ("label", "name", "abbreviations", "synonyms")


def reference_forms(
    rows: Iterable[dict], delimiters: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """Identifier -> the names of the row (label, name, abbreviations, synonyms), from typed
    rows (lists) or text cells (the items of a list field joined by its delimiter, given by
    `delimiters`)."""
    forms: dict[str, list[str]] = {}
    for row in rows:
        names: list[str] = []
        for field in ALIAS_FIELDS:
            value = row.get(field)
            if isinstance(value, str):
                delimiter = (delimiters or {}).get(field)
                names += value.split(delimiter) if delimiter else [value]
            elif isinstance(value, list):
                names += [str(v) for v in value]
        if row.get("id") is not None:
            forms[str(row["id"])] = names
    return forms


def allowed_text(values: list[str], where: str) -> str:
    """The allowed values, listed when few, otherwise where to find them."""
    if len(values) <= LISTED:
        return "allowed: " + ", ".join(values)
    return f"{len(values)} allowed values: see `mscexo describe {where}`"


def reference_hint(value: object, forms: dict[str, list[str]] | Suggestions, table: str) -> str:
    """The hint for a reference that names no row: the row meant, when one is close by id,
    label or abbreviation, and the identifiers (or where to see them). `forms` may be
    `Suggestions` made once for many references to one table."""
    search = forms if isinstance(forms, Suggestions) else Suggestions(forms)
    suggestion = search.suggest(value)
    n = len(search.forms)
    listed = (
        f"{table} ids: {', '.join(sorted(search.forms))}"
        if n <= LISTED_IDS
        else f"{n} {table} ids: see the {table} table (`mscexo.load({table!r})`)"
    )
    fix = f"add the {table} record or correct the reference"
    return (f"did you mean {suggestion!r}? " if suggestion else "") + f"{fix}; {listed}"


def hint(value: object, forms: dict[str, list[str]], where: str) -> str:
    """The whole hint for a value outside a set: a suggestion when one is close, and always
    the allowed values (or where they are listed)."""
    suggestion = suggest(value, forms)
    listed = allowed_text(sorted(forms), where)
    return f"did you mean {suggestion!r}? {listed}" if suggestion else listed
