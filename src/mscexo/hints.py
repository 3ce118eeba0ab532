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
from functools import cached_property

#: How close a form must be, after normalising, to be offered (difflib ratio).
CUTOFF = 0.75
SHORT_CUTOFF = 0.85
#: Comparisons (value x form) the fuzzy search of one `Forms` may make in all. A search
#: compares a value with every form, so without a bound the wrong references of a large
#: curation into a large table would cost errors x rows; once it is spent, values are matched
#: by their normalised forms and words only. 200,000 is a thousand searches among 200 forms.
FUZZY_BUDGET = 200_000
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


class Forms(dict):
    """Allowed value -> the forms under which people write it (a dict), with every form
    normalised and indexed once, on the first suggestion: suggestions for many wrong values
    then cost a few look-ups each rather than a pass over all the forms, so a check that
    meets many wrong references into a large table stays linear. Only the fuzzy search
    compares a value with every form; it runs while FUZZY_BUDGET comparisons remain.
    Do not change the forms after the first suggestion."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fuzzy_left = FUZZY_BUDGET

    def _pairs(self) -> Iterable[tuple[str, str]]:
        """(allowed value, form) for every form of every allowed value."""
        return (
            (a, form) for a, alternatives in self.items() for form in [a, *alternatives] if form
        )

    @cached_property
    def index(self) -> dict[str, set[str]]:
        """normalised form -> the allowed values known under it."""
        return _indexed((form, a) for a, form in self._pairs())

    @cached_property
    def words(self) -> dict[str, set[str]]:
        """normalised word of a form -> the allowed values with a form that has it."""
        return _indexed(
            (word, a) for a, form in self._pairs() for word in re.split(r"[^A-Za-z0-9]+", form)
        )

    @cached_property
    def codes(self) -> dict[str, set[str]]:
        """normalised allowed value -> the allowed values (for a code named inside a value)."""
        return _indexed((a, a) for a in self)

    def close(self, wanted: str, cutoff: float) -> list[str]:
        """Up to 5 normalised forms close to `wanted` (difflib), while the budget lasts."""
        if self.fuzzy_left <= 0:
            return []
        self.fuzzy_left -= len(self.index)
        return difflib.get_close_matches(wanted, list(self.index), n=5, cutoff=cutoff)


def _indexed(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """normalised text -> the allowed values it stands for, from (text, allowed value)."""
    index: dict[str, set[str]] = {}
    for text, allowed in pairs:
        if text:
            index.setdefault(normalise(text), set()).add(allowed)
    return index


def suggest(value: object, forms: dict[str, list[str]]) -> str | None:
    """The allowed value whose forms are closest to `value`, or None when none is close.
    `forms` is prepared once when it is a `Forms` (as `reference_forms` returns)."""
    if not isinstance(value, str) or not value.strip():
        return None
    prepared = forms if isinstance(forms, Forms) else Forms(forms)
    wanted = normalise(value)
    index = prepared.index
    if wanted in index and len(index[wanted]) == 1:
        return next(iter(index[wanted]))
    # a single word of a value's forms ("adipose" for adipose_tissue), if only one has it
    words = prepared.words.get(wanted, set())
    if len(words) == 1:
        return next(iter(words))
    # short values (abbreviations) differ by one letter from too many others: be stricter
    cutoff = SHORT_CUTOFF if len(wanted) <= 5 else CUTOFF
    close = prepared.close(wanted, cutoff)
    scored = sorted(
        ((difflib.SequenceMatcher(None, wanted, form).ratio(), form) for form in close),
        reverse=True,
    )
    best = {a for score, form in scored if score == scored[0][0] for a in index[form]}
    # offered only when one value is closer than every other
    if len(best) == 1:
        return next(iter(best))
    # a word of the value that is a whole code ("intravitreal injection" for intravitreal)
    parts = {normalise(w) for w in re.split(r"[^A-Za-z0-9]+", value) if w}
    whole = {a for part in parts for a in prepared.codes.get(part, ())}
    if len(whole) == 1:
        return next(iter(whole))
    return None


#: Fields of a referenced row under which people name it.
ALIAS_FIELDS = ("label", "name", "abbreviations", "synonyms")


def reference_forms(rows: Iterable[dict], delimiter: str = "|") -> Forms:
    """Identifier -> the names of the row (label, name, abbreviations, synonyms), from typed
    rows (lists) or text cells (items joined by the delimiter)."""
    forms = Forms()
    for row in rows:
        names: list[str] = []
        for field in ALIAS_FIELDS:
            value = row.get(field)
            if isinstance(value, str):
                names += (
                    value.split(delimiter) if field in ("abbreviations", "synonyms") else [value]
                )
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


def reference_hint(value: object, forms: dict[str, list[str]], table: str) -> str:
    """The hint for a reference that names no row: the row meant, when one is close by id,
    label or abbreviation, and the identifiers (or where to see them)."""
    suggestion = suggest(value, forms)
    listed = (
        f"{table} ids: {', '.join(sorted(forms))}"  # sorted only when listed: never 100k ids
        if len(forms) <= LISTED_IDS
        else f"{len(forms)} {table} ids: see the {table} table (`mscexo.load({table!r})`)"
    )
    fix = f"add the {table} record or correct the reference"
    return (f"did you mean {suggestion!r}? " if suggestion else "") + f"{fix}; {listed}"


def hint(value: object, forms: dict[str, list[str]], where: str) -> str:
    """The whole hint for a value outside a set: a suggestion when one is close, and always
    the allowed values (or where they are listed)."""
    suggestion = suggest(value, forms)
    listed = allowed_text(sorted(forms), where)
    return f"did you mean {suggestion!r}? {listed}" if suggestion else listed
