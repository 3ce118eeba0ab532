"""Tests of the structured dose reading (`mscexo.curation.dose`).

The main test is a hand-checked table holding every printed dose of the data package, with the
route of its rows: each expected reading was checked by hand against the printed text (and,
for the flags, against the curation notes of the rows). A second test fails when the data
holds a printed dose, or a dose with a new route, that the table lacks, so a new dose cannot
enter a release without a hand-checked reading.
"""

from __future__ import annotations

import csv
import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mscexo.curation import dose as dose_module
from mscexo.curation.dose import (
    DOSE_BASES,
    DOSE_FLAGS,
    DOSE_UNITS,
    FIELDS,
    Dose,
    fields,
    parse_dose,
)

ROOT = Path(__file__).parents[1]
DATA = ROOT / "datapackage" / "data"


def _dose(
    value: float | None = None,
    min: float | None = None,
    max: float | None = None,
    unit: str | None = None,
    basis: str | None = None,
    per_body_weight: bool | None = None,
    frequency: str | None = None,
    flags: tuple[str, ...] = (),
) -> Dose:
    """A Dose with every field not given empty, so that table rows stay short."""
    return Dose(value, min, max, unit, basis, per_body_weight, frequency, flags)


AMBIGUOUS = ("ambiguous",)
HIGH = ("implausibly_high",)

#: Every printed dose of the data package with the route of its rows, and its reading checked
#: by hand. A dose printed for two routes has a row for each (the flags depend on the route).
PRINTED_DOSES: list[tuple[str, str, Dose]] = [
    # ----- clinical_trials.csv -----
    (
        "0.5-2 × 10^10 exosomes",
        "inhalation",
        _dose(min=5e9, max=2e10, unit="particles", basis="particles"),
    ),
    # Millilitres per cm³ of keloid: relative to lesion size, kept as its own unit; the text
    # does not say what the volume is of.
    ("1 mL/cm3", "intralesional", _dose(value=1.0, unit="mL/cm3")),
    # A volume (of conditioned medium, by the row) 2 weeks after a cell injection: two amounts
    # of different kinds, which the text alone cannot tell apart.
    (
        "2 mL 2 weeks after 5 × 10^5 MSC cells",
        "intra_articular",
        _dose(flags=AMBIGUOUS),
    ),
    # The vesicles given in 3 mL; "daily" is not printed, so the schedule is only its length.
    (
        "2.0 × 10^8 vesicles/3 mL for 5 days",
        "inhalation",
        _dose(value=2e8, unit="particles", basis="particles", frequency="for 5 days"),
    ),
    (
        "150 mg exosomes for 2 weeks",
        "intravenous",
        _dose(value=150.0, unit="mg", basis="protein_mass", frequency="for 2 weeks"),
    ),
    # A bare volume (platelet-rich plasma with exosomes, by the row): what it is of is not printed.
    ("2 mL", "intrathecal", _dose(value=2.0, unit="mL")),
    (
        "0.5-1 mL (3 doses)",
        "intramuscular",
        _dose(min=0.5, max=1.0, unit="mL", frequency="3 doses"),
    ),
    (
        "three cycles of 3 × 10^7 cells/infusion",
        "intravenous",
        _dose(value=3e7, unit="cells", basis="cells", frequency="3 doses"),
    ),
    (
        "0.05 × 10^6 to 0.2 × 10^6 hESC-RPE/kg",
        "subretinal",
        _dose(min=5e4, max=2e5, unit="cells", basis="cells", per_body_weight=True),
    ),
    (
        "0.1 × 10^6 hESC-RPE/kg",
        "subretinal",
        _dose(value=1e5, unit="cells", basis="cells", per_body_weight=True),
    ),
    # Dose levels of dose-escalation trials: several amounts, no single one.
    (
        "1 × 10^6 or 2 × 10^6 hMSCs/kg",
        "intravenous",
        _dose(unit="cells", basis="cells", per_body_weight=True, flags=AMBIGUOUS),
    ),
    (
        "1 × 10^6, 5 × 10^6, or 10 × 10^6 of hMSCs/kg",
        "intravenous",
        _dose(unit="cells", basis="cells", per_body_weight=True, flags=AMBIGUOUS),
    ),
    ("1 × 10^6 cells/biomaterial", "implantation", _dose(value=1e6, unit="cells", basis="cells")),
    # CT-SCI21-114 and -119: 40 × 10^6 cells/kg would be 2.8 × 10^9 cells in one knee; the
    # design cell of CT-SCI21-119 says "40 million BMSCs", a total.
    (
        "40 × 10^6 cells/kg",
        "intra_articular",
        _dose(value=4e7, unit="cells", basis="cells", per_body_weight=True, flags=HIGH),
    ),
    # 100 × 10^6 cells/kg is 7 × 10^9 cells for 70 kg, far above any systemic ceiling.
    (
        "100 × 10^6 cells/kg",
        "intravenous",
        _dose(value=1e8, unit="cells", basis="cells", per_body_weight=True, flags=HIGH),
    ),
    (
        "100 × 10^6 cells/kg",
        "transendocardial",
        _dose(value=1e8, unit="cells", basis="cells", per_body_weight=True, flags=HIGH),
    ),
    (
        "1 × 10^6 cells/kg",
        "intravitreal",
        _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True),
    ),
    (
        "1 × 10^6 cells/kg",
        "intrathecal",
        _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True),
    ),
    (
        "150 × 10^6 cells/kg b.w.",
        "transendocardial",
        _dose(value=1.5e8, unit="cells", basis="cells", per_body_weight=True, flags=HIGH),
    ),
    (
        "20 × 10^6, 100 × 10^6, or 200 × 10^6 cells/kg",
        "transendocardial",
        _dose(
            unit="cells",
            basis="cells",
            per_body_weight=True,
            flags=("ambiguous", "implausibly_high"),
        ),
    ),
    (
        "20 × 10^6 or 100 × 10^6 cells/kg",
        "transendocardial",
        _dose(
            unit="cells",
            basis="cells",
            per_body_weight=True,
            flags=("ambiguous", "implausibly_high"),
        ),
    ),
    (
        "100 × 10^6 or 200 × 10^6 cells/kg",
        "transendocardial",
        _dose(
            unit="cells",
            basis="cells",
            per_body_weight=True,
            flags=("ambiguous", "implausibly_high"),
        ),
    ),
    ("3-5 × 10^6 MSCs", "intravenous", _dose(min=3e6, max=5e6, unit="cells", basis="cells")),
    # A total of 10^8 cells into a knee is at the top of the usual range, not above it.
    ("1 × 10^8 MSCs", "intra_articular", _dose(value=1e8, unit="cells", basis="cells")),
    (
        "1 × 10^6 MSCs/kg",
        "intravenous",
        _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True),
    ),
    ("3 × 10^7 of UC-MSCs", "intravenous", _dose(value=3e7, unit="cells", basis="cells")),
    # ----- preclinical_studies.csv -----
    ("30 × 10^9 exosomes", "intravenous", _dose(value=3e10, unit="particles", basis="particles")),
    # 30 μg given in 100 μL: the volume only carries the amount.
    (
        "culture media (30 μg/100 μL)",
        "intravenous",
        _dose(value=30.0, unit="ug", basis="protein_mass"),
    ),
    # A concentration; the amount given is not printed.
    (
        "culture media (500 μg/mL)",
        "intravenous",
        _dose(value=500.0, unit="ug/mL", basis="protein_mass"),
    ),
    ("10 μg EVs", "intravenous", _dose(value=10.0, unit="ug", basis="protein_mass")),
    # 300 μg of exosomes, given in 200 μL.
    (
        "200 μL of 300 μg exosomes",
        "intravenous",
        _dose(value=300.0, unit="ug", basis="protein_mass"),
    ),
    ("200 μg exosomes", "intravenous", _dose(value=200.0, unit="ug", basis="protein_mass")),
    # A volume of a vesicle suspension whose concentration is not printed.
    ("100 μL exosomes", "intravenous", _dose(value=100.0, unit="uL", basis="other")),
    ("200 μL exosomes", "intravenous", _dose(value=200.0, unit="uL", basis="other")),
    ("15 mL exosomes", "intravenous", _dose(value=15.0, unit="mL", basis="other")),
]


@pytest.mark.parametrize(
    ("text", "route", "expected"), PRINTED_DOSES, ids=[f"{t} [{r}]" for t, r, _ in PRINTED_DOSES]
)
def test_printed_doses_of_the_data(text: str, route: str, expected: Dose) -> None:
    assert parse_dose(text, route) == expected


def _printed_doses_in_data() -> set[tuple[str, str]]:
    """Every (printed dose, route) pair of the data package's CSV tables."""
    found: set[tuple[str, str]] = set()
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if "dose" not in (reader.fieldnames or []):
                continue
            for row in reader:
                if (row.get("dose") or "").strip():
                    found.add((row["dose"], row.get("route") or ""))
    return found


def test_every_printed_dose_of_the_data_is_in_the_table() -> None:
    if not list(DATA.glob("*.csv")):
        pytest.skip(f"no data package CSV files in {DATA} (build the package first)")
    checked = {(text, route) for text, route, _ in PRINTED_DOSES}
    missing = sorted(_printed_doses_in_data() - checked)
    assert not missing, (
        "printed doses without a hand-checked reading; add them to PRINTED_DOSES in "
        f"tests/test_dose.py: {missing}"
    )


def test_the_table_has_no_duplicates() -> None:
    keys = [(text, route) for text, route, _ in PRINTED_DOSES]
    assert len(keys) == len(set(keys))


# ----- spellings a contributor may use ----------------------------------------------------------

CONTRIBUTOR_SPELLINGS: list[tuple[str, Dose]] = [
    ("1×10^6 cells/kg", _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True)),
    ("10^6 cells", _dose(value=1e6, unit="cells", basis="cells")),
    ("1 x 10(6) cells/kg", _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True)),
    ("1 × 10⁶ MSCs per kg", _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True)),
    ("2.5 × 10^10 particles", _dose(value=2.5e10, unit="particles", basis="particles")),
    ("100 µg exosomes", _dose(value=100.0, unit="ug", basis="protein_mass")),  # U+00B5
    ("100 μg exosomes", _dose(value=100.0, unit="ug", basis="protein_mass")),  # U+03BC
    ("100 ug EVs", _dose(value=100.0, unit="ug", basis="protein_mass")),
    ("40 million BMSCs", _dose(value=4e7, unit="cells", basis="cells")),
    ("1,000,000 cells", _dose(value=1e6, unit="cells", basis="cells")),
    ("1E6 cells/kg", _dose(value=1e6, unit="cells", basis="cells", per_body_weight=True)),
    (
        "1-2 × 10^6 cells/kg",
        _dose(min=1e6, max=2e6, unit="cells", basis="cells", per_body_weight=True),
    ),
    (
        "between 1 and 2 × 10^6 cells/kg",
        _dose(min=1e6, max=2e6, unit="cells", basis="cells", per_body_weight=True),
    ),
    ("up to 1 × 10^8 cells", _dose(max=1e8, unit="cells", basis="cells")),
    (
        "1.5x10^6 cells/kg twice",
        _dose(value=1.5e6, unit="cells", basis="cells", per_body_weight=True, frequency="2 doses"),
    ),
    (
        "a single dose of 1 × 10^8 MSCs",
        _dose(value=1e8, unit="cells", basis="cells", frequency="single dose"),
    ),
    (
        "2 × 10^6 cells/kg weekly for 4 weeks",
        _dose(
            value=2e6,
            unit="cells",
            basis="cells",
            per_body_weight=True,
            frequency="weekly for 4 weeks",
        ),
    ),
    (
        "1 × 10^6 cells/kg/day for 5 days",
        _dose(
            value=1e6,
            unit="cells",
            basis="cells",
            per_body_weight=True,
            frequency="daily for 5 days",
        ),
    ),
    (
        "1 × 10^9 particles every 2 weeks",
        _dose(value=1e9, unit="particles", basis="particles", frequency="every 2 weeks"),
    ),
    ("50 μg exosomes in 100 μL PBS", _dose(value=50.0, unit="ug", basis="protein_mass")),
    ("100 μL containing 1 × 10^9 particles", _dose(value=1e9, unit="particles", basis="particles")),
    ("2 mL of conditioned medium", _dose(value=2.0, unit="mL", basis="conditioned_medium_volume")),
    (
        "total dose of 1 × 10^8 cells",
        _dose(value=1e8, unit="cells", basis="cells", per_body_weight=False),
    ),
    (
        "1 × 10^6 cells per patient",
        _dose(value=1e6, unit="cells", basis="cells", per_body_weight=False),
    ),
    (
        "10 µg exosomes twice daily",
        _dose(value=10.0, unit="ug", basis="protein_mass", frequency="twice daily"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRIBUTOR_SPELLINGS, ids=lambda v: str(v)[:40])
def test_contributor_spellings(text: str, expected: Dose) -> None:
    assert parse_dose(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not reported",
        "see text",
        "1 × 10e6 cells",  # 10e6 may mean 10^6 or 10^7: not read
        "10^999 cells",  # not a finite number
        "2 weeks",
        "(3 doses)",
    ],
)
def test_unreadable_amounts_stay_empty(text: str) -> None:
    parsed = parse_dose(text)
    assert (parsed.value, parsed.min, parsed.max, parsed.unit, parsed.basis) == (None,) * 5
    assert "ambiguous" not in parsed.flags


# ----- plausibility -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "route", "flagged"),
    [
        ("10 × 10^6 cells/kg", "intra_articular", False),  # at the ceiling, not above
        ("11 × 10^6 cells/kg", "intra_articular", True),
        ("5 × 10^8 cells", "intra_articular", False),
        ("6 × 10^8 cells", "intra_articular", True),
        ("10 × 10^6 cells/kg", "intravenous", False),  # the highest usual systemic dose
        ("50 × 10^6 cells/kg", "intravenous", False),
        ("60 × 10^6 cells/kg", "intravenous", True),
        ("60 × 10^6 cells/kg", None, True),
        ("1 × 10^9 cells", "intravenous", False),
        ("1 × 10^10 cells", "transendocardial", True),
        ("1 × 10^12 particles", "intravenous", False),  # vesicle doses are not checked
        ("1 g exosomes", "intravenous", False),
    ],
)
def test_implausibly_high_by_route(text: str, route: str | None, flagged: bool) -> None:
    assert ("implausibly_high" in parse_dose(text, route).flags) is flagged


def test_the_flag_never_changes_the_amount() -> None:
    assert parse_dose("40 × 10^6 cells/kg", "intra_articular").value == 4e7
    assert parse_dose("40 × 10^6 cells/kg", "intravenous") == Dose(
        4e7, None, None, "cells", "cells", True, None, ()
    )


def test_thresholds_are_ordered() -> None:
    """A joint receives fewer cells than the whole body."""
    assert dose_module.INTRA_ARTICULAR_CELLS_PER_KG_CEILING < dose_module.CELLS_PER_KG_CEILING
    assert dose_module.INTRA_ARTICULAR_CELLS_TOTAL_CEILING < dose_module.CELLS_TOTAL_CEILING


# ----- the record fields ------------------------------------------------------------------------


def test_fields_leave_out_what_is_missing() -> None:
    parsed = parse_dose("40 × 10^6 cells/kg", "intra_articular")
    assert fields(parsed) == {
        "dose_value": 4e7,
        "dose_unit": "cells",
        "dose_basis": "cells",
        "dose_per_body_weight": True,
        "dose_flags": ["implausibly_high"],
    }
    assert fields(parse_dose("see text")) == {}
    assert set(fields(parse_dose("0.5-1 mL (3 doses)"))) <= set(FIELDS)


def test_codes_match_the_schema() -> None:
    """The codes here and the schema's enumerations and slots stay the same."""
    models = pytest.importorskip("mscexo.datamodel.models")
    assert set(DOSE_BASES) == {member.value for member in models.DoseBasisEnum}
    assert set(DOSE_FLAGS) == {member.value for member in models.DoseFlagEnum}
    for model in (models.ClinicalTrial, models.PreclinicalStudy):
        assert set(FIELDS) <= set(model.model_fields)


def test_units_are_ascii() -> None:
    assert all(unit.isascii() for unit in DOSE_UNITS)


# ----- properties -------------------------------------------------------------------------------

ROUTES = st.one_of(
    st.none(),
    st.sampled_from(["intravenous", "intra_articular", "inhalation", "other"]),
    st.text(max_size=20),
)
#: Pieces of dose notation, shuffled into texts that look like doses but rarely are.
DOSE_PIECES = [
    *"0123456789 .,-()/^×xX*µμ⁶~<>",
    *["10^", " cells", " kg", " mL", " ug", " or ", " to ", " of ", " in ", "between "],
    *[" doses", " weekly", " for ", " days", " million", " up to ", " every "],
]
DOSE_LIKE_TEXT = st.lists(st.sampled_from(DOSE_PIECES), max_size=30).map("".join)


def _check_invariants(parsed: Dose) -> None:
    """What every reading satisfies, whatever the text."""
    assert isinstance(parsed, Dose)
    assert parsed.unit is None or parsed.unit in DOSE_UNITS
    assert parsed.basis is None or parsed.basis in DOSE_BASES
    assert set(parsed.flags) <= set(DOSE_FLAGS)
    assert list(parsed.flags) == sorted(set(parsed.flags))
    for number in (parsed.value, parsed.min, parsed.max):
        assert number is None or (math.isfinite(number) and number >= 0)
    if parsed.value is not None:
        assert parsed.min is None and parsed.max is None
    if parsed.min is not None and parsed.max is not None:
        assert parsed.min <= parsed.max
    if "ambiguous" in parsed.flags:
        assert (parsed.value, parsed.min, parsed.max) == (None, None, None)


@given(st.text(), ROUTES)
def test_never_raises_on_any_text(text: str, route: str | None) -> None:
    _check_invariants(parse_dose(text, route))


@given(DOSE_LIKE_TEXT, ROUTES)
def test_never_raises_on_dose_like_text(text: str, route: str | None) -> None:
    _check_invariants(parse_dose(text, route))


MANTISSAS = st.decimals(min_value="0.01", max_value="999", places=2, allow_nan=False)
EXPONENTS = st.integers(min_value=-3, max_value=15)
TIMES = st.sampled_from(["×", " × ", "x", " x ", "X", "*"])
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
POWERS = st.sampled_from(["10^{}", "10^({})", "10({})", "10{sup}"])


def _power(template: str, exponent: int) -> str:
    return template.format(exponent, sup=str(exponent).translate(_SUPERSCRIPT))


@given(MANTISSAS, EXPONENTS, TIMES, POWERS)
def test_value_is_mantissa_times_power_of_ten(
    mantissa: Decimal, exponent: int, times: str, power: str
) -> None:
    text = f"{mantissa}{times}{_power(power, exponent)} cells/kg"
    parsed = parse_dose(text)
    assert parsed.value is not None, text
    assert math.isclose(parsed.value, float(mantissa) * 10.0**exponent, rel_tol=1e-9)
    assert (parsed.unit, parsed.basis, parsed.per_body_weight) == ("cells", "cells", True)
    _check_invariants(parsed)


@given(MANTISSAS, MANTISSAS, EXPONENTS, st.sampled_from(["-", " - ", " to ", "–", "−"]))
def test_ranges_share_the_power_of_ten_and_are_ordered(
    low: Decimal, high: Decimal, exponent: int, dash: str
) -> None:
    parsed = parse_dose(f"{low}{dash}{high} × 10^{exponent} cells")
    _check_invariants(parsed)
    ends = sorted([float(low) * 10.0**exponent, float(high) * 10.0**exponent])
    if low == high:
        assert parsed.value is not None and math.isclose(parsed.value, ends[0], rel_tol=1e-9)
    else:
        assert parsed.min is not None and parsed.max is not None
        assert parsed.min <= parsed.max
        assert math.isclose(parsed.min, ends[0], rel_tol=1e-9)
        assert math.isclose(parsed.max, ends[1], rel_tol=1e-9)


@given(MANTISSAS, EXPONENTS, MANTISSAS, EXPONENTS)
def test_ranges_with_two_powers_are_ordered(
    low: Decimal, low_exp: int, high: Decimal, high_exp: int
) -> None:
    parsed = parse_dose(f"{low} × 10^{low_exp} to {high} × 10^{high_exp} cells/kg")
    _check_invariants(parsed)
    ends = sorted([float(low) * 10.0**low_exp, float(high) * 10.0**high_exp])
    if parsed.value is not None:  # both ends print the same number
        assert math.isclose(parsed.value, ends[0], rel_tol=1e-9)
        assert math.isclose(ends[0], ends[1], rel_tol=1e-9)
    else:
        assert parsed.min is not None and parsed.max is not None
        assert math.isclose(parsed.min, ends[0], rel_tol=1e-9)
        assert math.isclose(parsed.max, ends[1], rel_tol=1e-9)


def test_codes_and_descriptions_are_the_schemas():
    """The schema's DoseBasisEnum and DoseFlagEnum are this module's vocabularies, word for word."""
    import yaml

    schema = yaml.safe_load((ROOT / "schema" / "mscexo.yaml").read_text(encoding="utf-8"))
    for enum, vocabulary in [("DoseBasisEnum", DOSE_BASES), ("DoseFlagEnum", DOSE_FLAGS)]:
        values = schema["enums"][enum]["permissible_values"]
        assert {code: " ".join(v["description"].split()) for code, v in values.items()} == {
            code: " ".join(text.split()) for code, text in vocabulary.items()
        }
    assert list(FIELDS) == [
        name for name in schema["classes"]["ClinicalTrial"]["slots"] if name.startswith("dose_")
    ]
