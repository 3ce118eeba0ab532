"""Structured reading of a printed dose.

Records keep `dose` exactly as the document prints it ("0.5-2 × 10^10 exosomes",
"40 × 10^6 cells/kg", "200 μL of 300 μg exosomes"). Free text cannot be compared, so the build
derives a structured dose from it with `parse_dose`: the amount (or the two ends of a range),
its unit, what it counts, whether it is per kilogram of body weight, how often it was given,
and warnings. The printed text stays the reference; the structured fields are never filled
by hand, so that one tested reading decides them for every record.

The reading is deliberately cautious. It reads only what the text prints and leaves a field
empty (None) when the text does not give it: it never guesses a unit, a body weight or a
schedule, and it never raises on odd text. When a text holds several different amounts that
cannot be told apart (for example the dose levels of a dose-escalation trial, "1 × 10^6 or
2 × 10^6 cells/kg"), no amount is chosen and the dose is flagged `ambiguous`. Doses far above
what is usually given by the route are flagged `implausibly_high`, without changing them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

#: What a dose amount counts: code -> description (copied into the schema's DoseBasisEnum).
DOSE_BASES: dict[str, str] = {
    "cells": "Living cells.",
    "particles": "Vesicles or particles counted (for example by nanoparticle tracking).",
    "protein_mass": (
        "Mass of vesicle or secretome protein (for example µg of exosomal protein); a "
        "vesicle or conditioned-medium preparation dosed by mass is by convention dosed by "
        "its protein."
    ),
    "conditioned_medium_volume": "Volume of conditioned medium or secretome preparation.",
    "other": "Another quantity (for example a volume of a vesicle suspension).",
}

#: Warnings about a printed dose: code -> description (copied into the schema's DoseFlagEnum).
DOSE_FLAGS: dict[str, str] = {
    "implausibly_high": (
        "The amount is far above what is usually given by this route (for example 40 × 10^6 "
        "cells/kg into a joint); check the document, which may hold a typographical error."
    ),
    "ambiguous": "The printed dose holds several amounts that cannot be told apart.",
}

#: Normalised units of an amount (ASCII: "u" for the micro sign): unit -> description.
#: Concentrations and amounts relative to a lesion are kept apart from plain amounts, so that
#: comparing values of one unit compares like with like.
DOSE_UNITS: dict[str, str] = {
    "cells": "Number of cells.",
    "particles": "Number of vesicles or particles.",
    "ng": "Nanograms.",
    "ug": "Micrograms.",
    "mg": "Milligrams.",
    "g": "Grams.",
    "uL": "Microlitres.",
    "mL": "Millilitres.",
    "L": "Litres.",
    "cells/mL": "Concentration in cells per millilitre; the amount given is not printed.",
    "particles/mL": "Concentration in particles per millilitre; the amount given is not printed.",
    "ng/mL": "Concentration in nanograms per millilitre; the amount given is not printed.",
    "ug/mL": "Concentration in micrograms per millilitre; the amount given is not printed.",
    "mg/mL": "Concentration in milligrams per millilitre; the amount given is not printed.",
    "mL/cm3": "Millilitres per cubic centimetre of lesion; the amount scales with lesion size.",
}

#: The record fields that `fields` fills, in schema order (the build refuses them hand-filled).
FIELDS: tuple[str, ...] = (
    "dose_value",
    "dose_min",
    "dose_max",
    "dose_unit",
    "dose_basis",
    "dose_per_body_weight",
    "dose_frequency",
    "dose_flags",
)

# ----- plausibility thresholds ----------------------------------------------------------------
# Usual MSC doses, as orders of magnitude: intravenous 1-2 × 10^6 cells/kg, and dose-escalation
# trials go up to about 1 × 10^7 cells/kg (e.g. 1, 5 and 10 × 10^6 cells/kg); a joint receives
# 10^6-10^8 cells in total. Local routes (joint, heart wall, eye, spinal canal) use fewer cells
# than the systemic ones, so a ceiling for the systemic routes is also a safe ceiling for every
# route. Each ceiling sits several times above the largest usual dose, so that a flag points
# to a probable error (typically a total printed as "cells/kg"), never to a merely high dose.

#: Any route, per kg: 5 × the highest per-kg dose tested in trials (1 × 10^7 cells/kg); it is
#: 3.5 × 10^9 cells for a 70 kg adult, more than any MSC product batch given to one patient.
CELLS_PER_KG_CEILING = 5e7

#: Any route, total: the per-kg ceiling for a 100 kg adult.
CELLS_TOTAL_CEILING = 5e9

#: Into a joint, per kg: a usual total of 10^6-10^8 cells is at most ~1.4 × 10^6 cells/kg for a
#: 70 kg adult; 1 × 10^7 cells/kg would put 7 × 10^8 cells into one joint.
INTRA_ARTICULAR_CELLS_PER_KG_CEILING = 1e7

#: Into a joint, total: 5 × the largest usual intra-articular total (1 × 10^8 cells).
INTRA_ARTICULAR_CELLS_TOTAL_CEILING = 5e8

#: Routes with their own, lower ceilings: route -> (per-kg ceiling, total ceiling).
ROUTE_CEILINGS: dict[str, tuple[float, float]] = {
    "intra_articular": (INTRA_ARTICULAR_CELLS_PER_KG_CEILING, INTRA_ARTICULAR_CELLS_TOTAL_CEILING),
}

# Particle and protein doses of vesicles have no settled usual range (10^8 to 10^12 particles,
# micrograms to milligrams of protein are all reported), so they are not checked.


@dataclass(frozen=True)
class Dose:
    """Structured reading of a printed dose; every field None when the text does not give it."""

    value: float | None  #: a single amount (e.g. 1e6)
    min: float | None  #: lower end of a printed range (value is then None)
    max: float | None  #: upper end of a printed range
    unit: str | None  #: one of DOSE_UNITS
    basis: str | None  #: what is counted, one of DOSE_BASES
    per_body_weight: bool | None  #: True for "/kg"; False only for an explicit total
    frequency: str | None  #: how often, in short words ("3 doses", "daily for 5 days")
    flags: tuple[str, ...] = ()  #: codes from DOSE_FLAGS, sorted


def fields(dose: Dose) -> dict[str, Any]:
    """The record fields of a structured dose, leaving out what is missing (as in a CSV cell)."""
    values: dict[str, Any] = {
        "dose_value": dose.value,
        "dose_min": dose.min,
        "dose_max": dose.max,
        "dose_unit": dose.unit,
        "dose_basis": dose.basis,
        "dose_per_body_weight": dose.per_body_weight,
        "dose_frequency": dose.frequency,
        "dose_flags": list(dose.flags) or None,
    }
    return {name: value for name, value in values.items() if value is not None}


# ----- normalising the notation -----------------------------------------------------------------

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")


def _normalise(text: str) -> str:
    """One spelling for the many ways documents and contributors print the same dose.

    Micro signs (U+00B5 and U+03BC) become "u"; every dash and minus becomes "-"; powers of ten
    ("10⁶", "10(6)", "10^{6}", "10**6") become "10^6", and any multiplication sign before them
    ("x", "X", "*", "·") becomes "×"; "cm³" becomes "cm3"; runs of white space become one space.
    """
    text = text.replace("\u00b5", "u").replace("\u03bc", "u")
    text = re.sub("[\u2010-\u2015\u2212\ufe63\uff0d]", "-", text)
    text = re.sub(r"10([⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+)", lambda m: "10^" + m[1].translate(_SUPERSCRIPTS), text)
    text = text.replace("³", "3").replace("²", "2")
    text = re.sub(r"10\(([+-]?\d{1,3})\)", r"10^\1", text)
    text = re.sub(
        r"10\s*(?:\^|\*\*)\s*(?:\(\s*([+-]?\d{1,3})\s*\)|\{\s*([+-]?\d{1,3})\s*\}|([+-]?\d{1,3}))",
        lambda m: "10^" + (m[1] or m[2] or m[3]),
        text,
    )
    text = re.sub(r"(\d)\s*[×xX*·✕⋅]\s*(?=10\^)", r"\1 × ", text)
    return re.sub(r"\s+", " ", text).strip()


# ----- numbers ----------------------------------------------------------------------------------

# A number as printed: "1,000,000" (thousands separators), "2.5", "1e6".
_NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3}(?![\d.]))?"

# A printed quantity: a bare power of ten ("10^6") or a number with an optional scale
# ("2.5 × 10^10", "40 million"). Not inside a word ("cm3") or an exponent.
_QUANTITY = re.compile(
    r"(?<![\w.^])(?:"
    r"10\^(?P<bare>[+-]?\d{1,3})(?!\d)"
    rf"|(?P<mantissa>{_NUMBER})"
    r"(?:\s*×\s*10\^(?P<exponent>[+-]?\d{1,3})(?!\d)"
    r"|\s+(?P<word>thousand|million|billion)\b)?"
    r")",
    re.IGNORECASE,
)

# A multiplication sign left over next to a number: a notation not read ("1 × 10e6").
_TIMES_BEFORE = re.compile(r"×\s*$")
_TIMES_AFTER = re.compile(r"\s*×")

_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9}

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_COUNT = r"(?:\d+|" + "|".join(_NUMBER_WORDS) + ")"


def _before(text: str, index: int) -> str:
    """The few words before a position: enough for "between", "up to" or a "×", and cheap."""
    return text[max(0, index - 24) : index]


def _to_float(mantissa: str, exponent: int) -> float | None:
    """mantissa × 10^exponent, computed in decimal so that 0.05 × 10^6 is exactly 50000."""
    try:
        number = float(Decimal(mantissa.replace(",", "")) * Decimal(10) ** exponent)
    except (InvalidOperation, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _count(word: str) -> int:
    """A count printed in digits or as a word ("3", "three")."""
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


# ----- units ------------------------------------------------------------------------------------

_MASS_UNITS = {"ng": "ng", "ug": "ug", "mcg": "ug", "mg": "mg", "g": "g"}
_VOLUME_UNITS = {"ul": "uL", "ml": "mL", "l": "L", "cc": "mL"}
_PER_KG = {"kg", "kilogram", "kilograms", "kgbw"}
#: What "per X" may name without changing the amount: one administration, site or animal.
_PER_ADMINISTRATION = {
    "dose", "injection", "infusion", "administration", "inhalation", "session", "cycle",
    "biomaterial", "scaffold", "implant", "graft", "patch", "eye", "knee", "joint", "site",
    "lesion", "animal", "mouse", "rat", "rabbit", "pig", "dog", "day", "week", "month",
}  # fmt: skip
#: "per X" naming a whole person: the amount is explicitly a total, not per body weight.
_PER_PERSON = {"patient", "person", "subject", "participant", "individual"}
#: Per-units that make an amount relative to a volume: per-unit -> its unit in DOSE_UNITS.
_DENOMINATOR_UNITS = {"ml": "mL", "cm3": "cm3", "cm^3": "cm3"}

#: Words that make a printed number a time or a count of doses, not an amount.
_NOT_AMOUNT = re.compile(
    r"(?:second|minute|min|hour|hr|h|day|week|wk|month|year|yr|dose|injection|infusion"
    r"|administration|cycle|treatment|application|session|time|patient|subject|participant"
    r"|mouse|mice|rat|animal|site|%)s?$"
)
_VESICLE_WORD = re.compile(
    r"(?:exosomes?|exos?|vesicles?|nanovesicles?|s?evs?|particles?|microvesicles?)$"
)
_CELL_WORD = re.compile(r"(?:cells?|mscs?|scs?|rpe|mncs?|fibroblasts?|chondrocytes?)$")
_MEDIUM_WORDS = re.compile(r"conditioned\s+medi|culture\s+medi|secretome|\bcm\b", re.IGNORECASE)

# The words after a number that may say what it counts: up to four words, stopping at words
# that begin a schedule, a connection to another amount, or a per-unit ("/", "per").
_STOP = (
    r"(?:for|after|before|in|or|to|and|per|every|at|on|daily|weekly|twice|once|with"
    r"|containing|over|then)"
)
_PHRASE = re.compile(
    rf"\s*(?P<words>(?!{_STOP}\b)[A-Za-z%][\w.%-]*(?:\s+(?!{_STOP}\b)[A-Za-z][\w.-]*){{0,3}})",
    re.IGNORECASE,
)
_DENOMINATOR = re.compile(
    rf"\s*(?:/|\bper\b)\s*(?:(?P<number>{_NUMBER})\s*)?(?P<unit>[A-Za-z][A-Za-z0-9^]*)",
    re.IGNORECASE,
)


@dataclass
class _Amount:
    """One amount printed in the text, with where it sits."""

    start: int
    end: int  # end of the number and its scale
    low: float
    high: float
    scaled: bool  # printed with a power of ten ("10^6") or a scale word ("million")
    unit: str | None = None
    words: tuple[str, ...] = ()  # the words after the number (lower case)
    unit_end: int = -1  # end of the unit word, or of the number when there is none
    phrase_end: int = -1  # end of everything read after the number
    per_kg: bool | None = None
    vehicle: bool = False  # a volume that only carries another amount ("/100 μL")
    bound: str | None = None  # "max" for "up to", "min" for "at least"

    @property
    def is_volume(self) -> bool:
        return self.unit in _VOLUME_UNITS.values()


def _quantities(text: str) -> list[_Amount] | None:
    """Every printed quantity, ranges joined; None when a multiplication is left unread
    (e.g. "1 × 10e6", which could mean 10^6 or 10^7)."""
    found: list[_Amount] = []
    for match in _QUANTITY.finditer(text):
        if not match.group(0).strip():
            continue
        if match["bare"] is not None:
            mantissa, exponent = "1", int(match["bare"])
        elif match["exponent"] is not None:
            mantissa, exponent = match["mantissa"], int(match["exponent"])
        elif match["word"] is not None:
            mantissa, exponent = match["mantissa"], _SCALE_WORDS[match["word"].lower()]
        else:
            mantissa, exponent = match["mantissa"], 0
        if _TIMES_BEFORE.search(_before(text, match.start())) or _TIMES_AFTER.match(
            text, match.end()
        ):
            return None
        number = _to_float(mantissa, exponent)
        if number is None:
            return None
        scaled = match["mantissa"] is None or (match["exponent"] or match["word"]) is not None
        found.append(_Amount(match.start(), match.end(), number, number, scaled))
    return _join_ranges(text, found)


def _join_ranges(text: str, found: list[_Amount]) -> list[_Amount]:
    """Join "A-B", "A to B" and "between A and B" into ranges; a low end printed without a
    power of ten takes the high end's ("0.5-2 × 10^10" is 0.5 × 10^10 to 2 × 10^10)."""
    joined: list[_Amount] = []
    for amount in found:
        if joined:
            low = joined[-1]
            between = text[low.end : amount.start]
            after_between = re.search(r"\bbetween\s*$", _before(text, low.start), re.IGNORECASE)
            is_range = re.fullmatch(r"\s*(?:-|to)\s*", between, re.IGNORECASE) or (
                after_between and re.fullmatch(r"\s+and\s+", between, re.IGNORECASE)
            )
            if is_range and low.low == low.high:
                start: float | None = low.low
                if not low.scaled and amount.scaled:
                    start = _rescale(text[low.start : low.end], amount, text)
                if start is not None:
                    ends = sorted((start, amount.low))
                    joined[-1] = _Amount(low.start, amount.end, ends[0], ends[1], amount.scaled)
                    continue
        joined.append(amount)
    return joined


def _rescale(low_text: str, high: _Amount, text: str) -> float | None:
    """The low end of "A-B × 10^N" read with the high end's power of ten."""
    match = _QUANTITY.fullmatch(text[high.start : high.end])
    if match is None or match["mantissa"] is None:
        return None
    if match["exponent"] is not None:
        exponent = int(match["exponent"])
    elif match["word"] is not None:
        exponent = _SCALE_WORDS[match["word"].lower()]
    else:
        return None
    return _to_float(low_text, exponent)


def _read_unit(text: str, amount: _Amount) -> None:
    """Read what follows a number: its unit, the words saying what it counts, and a per-unit
    ("/kg", "per infusion", "/100 μL")."""
    position = amount.end
    amount.unit_end = position
    phrase = _PHRASE.match(text, position)
    if phrase:
        words = [w.rstrip(".,;:").lower() for w in phrase["words"].split()]
        words = [w for w in words if w and w != "of"] if words[:1] == ["of"] else words
        amount.words = tuple(words)
        first = words[0] if words else ""
        parts = [part for word in words for part in word.split("-")]
        if first in _MASS_UNITS or first in _VOLUME_UNITS:
            amount.unit = _MASS_UNITS.get(first) or _VOLUME_UNITS[first]
            amount.unit_end = (
                phrase.start("words") + phrase["words"].lower().find(first) + len(first)
            )
        elif any(_VESICLE_WORD.search(part) for part in parts):
            amount.unit = "particles"
        elif _MEDIUM_WORDS.search(" ".join(words)):
            pass  # "MSC-CM" names conditioned medium, not cells; a count of it is not read
        elif any(_CELL_WORD.search(part) for part in parts):
            amount.unit = "cells"
        position = phrase.end()
    amount.phrase_end = position
    denominator = _DENOMINATOR.match(text, position)
    if denominator:
        _read_denominator(amount, denominator)


def _read_denominator(amount: _Amount, match: re.Match[str]) -> None:
    """Apply a per-unit: per kg of body weight, a carrying volume, a concentration, or one
    administration; an unknown per-unit leaves the unit unread."""
    unit = match["unit"].lower().rstrip(".")
    amount.phrase_end = match.end()
    if match["number"] is not None:
        # "2.0 × 10^8 vesicles/3 mL": the amount given, in a printed volume; the volume is
        # only the vehicle. A number per anything else ("/100 cells") is not read.
        if unit not in _VOLUME_UNITS:
            amount.unit = None
        return
    if unit in _PER_KG:
        amount.per_kg = True
    elif unit in _PER_PERSON:
        amount.per_kg = False
    elif unit in _DENOMINATOR_UNITS or unit in _VOLUME_UNITS:
        composite = f"{amount.unit}/{_DENOMINATOR_UNITS.get(unit, _VOLUME_UNITS.get(unit))}"
        amount.unit = composite if composite in DOSE_UNITS else None
    elif unit.rstrip("s") not in _PER_ADMINISTRATION:
        amount.unit = None


def _is_amount(amount: _Amount) -> bool:
    """Whether a printed number is an amount given, not a time ("2 weeks"), a count of doses
    ("3 doses") or a stray number. A plain number needs a unit; a power of ten is enough."""
    if amount.words and _NOT_AMOUNT.fullmatch(amount.words[0]):
        return False
    return amount.unit is not None or amount.scaled


def _share_units(text: str, amounts: list[_Amount]) -> None:
    """In a list ("1 × 10^6, 5 × 10^6, or 10 × 10^6 cells/kg") the unit printed after the last
    amount belongs to all of them."""
    for left, right in zip(reversed(amounts[:-1]), reversed(amounts[1:]), strict=True):
        between = text[left.phrase_end : right.start]
        bare = left.unit is None and not left.words and left.per_kg is None
        if bare and re.fullmatch(r"\s*(?:,|;|,?\s*(?:or|and|and/or))\s*", between, re.I):
            left.unit, left.words, left.per_kg = right.unit, right.words, right.per_kg


def _mark_vehicles(text: str, amounts: list[_Amount]) -> None:
    """A volume that carries another amount is not a dose of its own: "200 μL of 300 μg
    exosomes", "100 μL containing 10^9 particles", "50 μg exosomes in 100 μL"."""
    for left, right in zip(amounts[:-1], amounts[1:], strict=True):
        carried_by = text[left.unit_end : right.start]
        if _carries(left, right) and re.fullmatch(r"\s+(?:of|containing|with)\s+", carried_by):
            left.vehicle = True
        carried_in = text[left.phrase_end : right.start]
        if _carries(right, left) and re.fullmatch(r"\s*\bin\s+", carried_in):
            right.vehicle = True


def _carries(volume: _Amount, other: _Amount) -> bool:
    """Whether `volume` is a volume and `other` an amount of something else it may carry."""
    return volume.is_volume and not other.is_volume and other.unit is not None


def _mark_bounds(text: str, amounts: list[_Amount]) -> None:
    """ "up to 10^8 cells" gives only an upper end; "at least 10^6 cells" only a lower one."""
    for amount in amounts:
        before = _before(text, amount.start)
        if re.search(r"(?:\bup\s+to|\bmax(?:imum|\.)?(?:\s+of)?|≤|<)\s*~?\s*$", before, re.I):
            amount.bound = "max"
        elif re.search(r"(?:\bat\s+least|\bmin(?:imum|\.)?(?:\s+of)?|≥|>)\s*~?\s*$", before, re.I):
            amount.bound = "min"


def _amounts(text: str) -> list[_Amount] | None:
    """The amounts given that a text prints, in order; None when it cannot be read safely."""
    quantities = _quantities(text)
    if quantities is None:
        return None
    read: list[_Amount] = []
    for amount in quantities:
        if read and amount.start < read[-1].phrase_end:
            continue  # already read as part of the amount before ("/100 μL")
        _read_unit(text, amount)
        read.append(amount)
    quantities = read
    _share_units(text, quantities)
    amounts = [a for a in quantities if _is_amount(a)]
    _mark_vehicles(text, amounts)
    _mark_bounds(text, amounts)
    return [a for a in amounts if not a.vehicle]


# ----- what the amount counts ---------------------------------------------------------------


def _basis(amount: _Amount, text: str) -> str | None:
    """What an amount counts, from its unit and the words around it; None when the text does
    not say (a bare volume such as "2 mL" may be of anything)."""
    unit = (amount.unit or "").split("/")[0]
    if unit in ("cells", "particles"):
        return unit
    if unit in _MASS_UNITS.values():
        return "protein_mass"
    if unit in _VOLUME_UNITS.values():
        if _MEDIUM_WORDS.search(" ".join(amount.words)) or _MEDIUM_WORDS.search(text):
            return "conditioned_medium_volume"
        if any(_VESICLE_WORD.search(p) for w in amount.words for p in w.split("-")):
            return "other"
    return None


# ----- how often ----------------------------------------------------------------------------


def _frequency(text: str) -> str | None:
    """How often the dose was given, in short normalised words: a count ("single dose",
    "3 doses"), a rate ("daily", "twice weekly", "every 2 weeks") and a duration ("for 5 days"),
    joined in that order ("daily for 5 days"). None when the text prints no schedule."""
    lower = text.lower()
    parts = [_dose_count(lower), _rate(lower), _duration(lower)]
    words = " ".join(part for part in parts if part)
    return words or None


_COUNT_NOUN = (
    r"(?:doses?|injections?|infusions?|administrations?|cycles?|treatments?|applications?"
    r"|inhalations?|sessions?|times)"
)
_UNIT_WORD = r"(?:ng|ug|mcg|mg|g|ul|ml|l|cc)"
_PERIOD = {"day": "daily", "week": "weekly", "month": "monthly"}


def _dose_count(lower: str) -> str | None:
    """ "3 doses", "three cycles of", "(2 injections)", "twice", "a single dose", "once"."""
    match = re.search(
        rf"(?<![\^\d.,×-])\b(?P<n>{_COUNT})\s+(?:(?!{_UNIT_WORD}\b)[a-z-]+\s+)?{_COUNT_NOUN}\b",
        lower,
    )
    if match and not re.match(r"\s*(?:a|per|daily|weekly|monthly)\b", lower[match.end() :]):
        n = _count(match["n"])
        return "single dose" if n == 1 else f"{n} doses"
    if re.search(rf"\bsingle\s+(?:[a-z-]+\s+)?{_COUNT_NOUN}\b", lower) or re.search(
        r"\bone[- ]off\b|\bonce\b(?!\s+(?:a|per|daily|weekly|monthly|every))", lower
    ):
        return "single dose"
    match = re.search(r"\b(twice|thrice)\b(?!\s+(?:a|per|daily|weekly|monthly))", lower)
    if match:
        return "2 doses" if match[1] == "twice" else "3 doses"
    return None


def _rate(lower: str) -> str | None:
    """ "daily", "weekly", "twice weekly", "3 times daily", "every 2 weeks", "every other day"."""
    match = re.search(
        rf"\b(?P<n>once|twice|thrice|{_COUNT}\s+times)\s+(?:(?:a|per)\s+(?P<p>day|week|month)\b"
        r"|(?P<ly>daily|weekly|monthly)\b)",
        lower,
    )
    if match:
        rate = _PERIOD[match["p"]] if match["p"] else match["ly"]
        n = match["n"]
        if n == "once":
            return rate
        if n.endswith("times"):
            n = f"{_count(n.split()[0])} times"
        return f"{n} {rate}"
    match = re.search(rf"\bevery\s+(?P<n>{_COUNT}|other)\s+(?P<p>hour|day|week|month)s?\b", lower)
    if match:
        n = 2 if match["n"] == "other" else _count(match["n"])
        return f"every {n} {match['p']}s" if n != 1 else _PERIOD.get(match["p"], "hourly")
    match = re.search(r"\b(daily|weekly|monthly)\b|(?:\bevery|\bper|/)\s*(day|week|month)\b", lower)
    if match:
        return match[1] or _PERIOD[match[2]]
    if re.search(r"\b(?:biweekly|fortnightly)\b", lower):
        return "every 2 weeks"
    return None


def _duration(lower: str) -> str | None:
    """ "for 5 days", "for two weeks"."""
    match = re.search(rf"\bfor\s+(?P<n>{_COUNT})\s+(?P<p>day|week|month|year)s?\b", lower)
    if not match:
        return None
    n = _count(match["n"])
    return f"for {n} {match['p']}" + ("s" if n != 1 else "")


# ----- plausibility -----------------------------------------------------------------------------


def _implausibly_high(amounts: list[_Amount], route: str | None) -> bool:
    """Whether any printed cell amount is above the ceiling for its route (see the constants)."""
    per_kg_ceiling, total_ceiling = ROUTE_CEILINGS.get(
        route or "", (CELLS_PER_KG_CEILING, CELLS_TOTAL_CEILING)
    )
    for amount in amounts:
        if amount.unit != "cells":
            continue
        ceiling = per_kg_ceiling if amount.per_kg else total_ceiling
        if amount.high > ceiling:
            return True
    return False


# ----- the reading ------------------------------------------------------------------------------


def _same(amounts: list[_Amount], attribute: str) -> Any:
    """The value of an attribute shared by all amounts, else None."""
    values = {getattr(a, attribute) for a in amounts}
    return values.pop() if len(values) == 1 else None


def _explicit_total(text: str) -> bool:
    """Whether the text says the amount is a total, not scaled by body weight."""
    return re.search(r"\btotal\b|\bflat\s+dose\b|\bfixed\s+dose\b", text, re.IGNORECASE) is not None


def parse_dose(text: str, route: str | None = None) -> Dose:
    """Read a printed dose into a `Dose`; `route` (a RouteEnum code) sets the plausibility
    ceilings. Fields the text does not give are None; odd text never raises."""
    text = _normalise(text if isinstance(text, str) else str(text))
    route = route if isinstance(route, str) else None
    frequency = _frequency(text)
    amounts = _amounts(text)
    if not amounts:
        return Dose(None, None, None, None, None, None, frequency, ())
    flags = set()
    if _implausibly_high(amounts, route):
        flags.add("implausibly_high")
    distinct = {(a.low, a.high, a.unit, a.per_kg, a.bound) for a in amounts}
    if len(distinct) > 1:
        flags.add("ambiguous")
    unit = _same(amounts, "unit")
    bases = {_basis(a, text) for a in amounts}
    basis = bases.pop() if len(bases) == 1 else None
    per_kg = _same(amounts, "per_kg")
    if per_kg is None and _explicit_total(text) and len(distinct) == 1:
        per_kg = False
    value = low = high = None
    if len(distinct) == 1:
        amount = amounts[0]
        if amount.bound == "max":
            high = amount.high
        elif amount.bound == "min":
            low = amount.low
        elif amount.low == amount.high:
            value = amount.low
        else:
            low, high = amount.low, amount.high
    return Dose(value, low, high, unit, basis, per_kg, frequency, tuple(sorted(flags)))
