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


def suggest(value: object, forms: dict[str, list[str]]) -> str | None:
    """The allowed value whose forms are closest to `value`, or None when none is close."""
    if not isinstance(value, str) or not value.strip():
        return None
    wanted = normalise(value)
    index: dict[str, set[str]] = {}
    for allowed, alternatives in forms.items():
        for form in [allowed, *alternatives]:
            if form:
                index.setdefault(normalise(form), set()).add(allowed)
    if wanted in index and len(index[wanted]) == 1:
        return next(iter(index[wanted]))
    # a single word of a value's forms ("adipose" for adipose_tissue), if only one has it
    words = {
        a
        for a, alternatives in forms.items()
        for form in [a, *alternatives]
        if wanted in {normalise(w) for w in re.split(r"[^A-Za-z0-9]+", form) if w}
    }
    if len(words) == 1:
        return next(iter(words))
    # short values (abbreviations) differ by one letter from too many others: be stricter
    cutoff = SHORT_CUTOFF if len(wanted) <= 5 else CUTOFF
    close = difflib.get_close_matches(wanted, list(index), n=5, cutoff=cutoff)
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
    whole = {a for a in forms if normalise(a) in parts}
    if len(whole) == 1:
        return next(iter(whole))
    return None


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


def reference_hint(value: object, forms: dict[str, list[str]], table: str) -> str:
    """The hint for a reference that names no row: the row meant, when one is close by id,
    label or abbreviation, and the identifiers (or where to see them)."""
    suggestion = suggest(value, forms)
    ids = sorted(forms)
    listed = (
        f"{table} ids: {', '.join(ids)}"
        if len(ids) <= LISTED_IDS
        else f"{len(ids)} {table} ids: see the {table} table (`mscexo.load({table!r})`)"
    )
    fix = f"add the {table} record or correct the reference"
    return (f"did you mean {suggestion!r}? " if suggestion else "") + f"{fix}; {listed}"


def hint(value: object, forms: dict[str, list[str]], where: str) -> str:
    """The whole hint for a value outside a set: a suggestion when one is close, and always
    the allowed values (or where they are listed)."""
    suggestion = suggest(value, forms)
    listed = allowed_text(sorted(forms), where)
    return f"did you mean {suggestion!r}? {listed}" if suggestion else listed
