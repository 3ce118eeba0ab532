"""Hints for people: real mistakes made when filling in a contribution, and the hint each must
get. The suggestion (or none) comes first; every hint also says what is allowed."""

from __future__ import annotations

import pytest

import mscexo
from mscexo.contract import hints
from mscexo.contract.model import enum_hint
from mscexo.contract.record import read_resources
from mscexo.load import data_root

RESOURCES = {r.name: r for r in read_resources(data_root())}

#: (table, field, what a person wrote, the value the hint must offer, or None for no offer)
ENUM_MISTAKES = [
    ("clinical_trials", "phase", "Phase II", "phase2"),
    ("clinical_trials", "phase", "Phase I/II", "phase1_phase2"),
    ("clinical_trials", "phase", "phase 1", "phase1"),
    ("clinical_trials", "phase", "Phase 3", "phase3"),
    ("clinical_trials", "phase", "phase IV", "phase4"),
    ("clinical_trials", "phase", "Phase II/III", "phase2_phase3"),
    ("clinical_trials", "phase", "early phase 1", "early_phase1"),
    ("clinical_trials", "phase", "PHASE2", "phase2"),
    ("clinical_trials", "phase", "N/A trial", None),
    ("clinical_trials", "product_type", "EVs", "extracellular_vesicle"),
    ("clinical_trials", "product_type", "exosomes", "exosome"),
    ("clinical_trials", "product_type", "Exosome", "exosome"),
    ("clinical_trials", "product_type", "sEV", "small_extracellular_vesicle"),
    ("clinical_trials", "product_type", "conditioned media", "conditioned_medium"),
    ("clinical_trials", "product_type", "Secretome", "secretome"),
    ("clinical_trials", "product_type", "cell", "cells"),
    ("clinical_trials", "product_type", "liposomes", None),
    ("clinical_trials", "route", "IV", None),
    ("clinical_trials", "route", "Intravenous", "intravenous"),
    ("clinical_trials", "route", "intra-articular", "intra_articular"),
    ("clinical_trials", "route", "intravitreal injection", "intravitreal"),
    ("clinical_trials", "route", "sub-retinal", "subretinal"),
    ("clinical_trials", "route", "Inhalation", "inhalation"),
    ("clinical_trials", "clinical_study_type", "case report", "case_report"),
    ("clinical_trials", "clinical_study_type", "RCT", None),
    ("preclinical_studies", "organism", "Mouse", "mouse"),
    ("preclinical_studies", "organism", "rats", "rat"),
    ("preclinical_studies", "organism", "mice", None),
    ("preclinical_studies", "organism", "zebrafish", None),
    ("preclinical_studies", "study_setting", "in vivo", "in_vivo"),
    ("preclinical_studies", "study_setting", "In vitro", "in_vitro"),
    ("cargo", "molecule_type", "miRNA", "mirna"),  # the code of releases before 1.0
    ("cargo", "molecule_type", "microRNA", "mirna"),
    ("cargo", "molecule_type", "lncRNA", "lncrna"),
    ("cargo", "molecule_type", "Protein", "protein"),
    ("cargo", "molecule_type", "growth factors", "growth_factor"),
    ("msc_sources", "tissue", "Adipose", "adipose_tissue"),
    ("msc_sources", "tissue", "bone-marrow", "bone_marrow"),
    ("msc_sources", "tissue", "Wharton's jelly", "wharton_jelly"),
    ("genetic_modifications", "modification_method", "Lentiviral vector", "lentivirus"),
    ("genetic_modifications", "modification_method", "AAV", None),
    ("conditions", "condition_kind", "Disease", "disease"),
]

#: (referenced table, what a person wrote, the row the hint must offer, or None)
REFERENCE_MISTAKES = [
    ("msc_sources", "BMSC", "BM-MSC"),  # a listed abbreviation of BM-MSC
    ("msc_sources", "BMSCs", "BM-MSC"),
    ("msc_sources", "UC-MSCs", "UC-MSC"),
    ("msc_sources", "Adipose", "AT-MSC"),
    ("msc_sources", "bone marrow MSC", "BM-MSC"),
    ("msc_sources", "DPSC", None),  # no dental pulp source: not IPSC
    ("msc_sources", "iPSCs", "IPSC"),
    ("cargo", "miR-126", "CG-miR-126a"),  # the closer of miR-126a and miR-126-3p
    ("cargo", "miRNA-126-3p", "CG-miR-126-3p"),  # the printed form is a synonym
    ("cargo", "IL-10", "CG-IL-10"),
    ("cargo", "TGF-beta", "CG-TGF-beta"),
    ("conditions", "MI", "CO-myocardial-infarction"),
    ("conditions", "Myocardial infarction", "CO-myocardial-infarction"),
    ("conditions", "COVID-19", "CO-covid-19"),
    ("products", "Prochymal", "PR-prochymal"),
]


def _offered(hint: str) -> str | None:
    return hint.split("'")[1] if hint.startswith("did you mean") else None


@pytest.mark.parametrize(("table", "field", "value", "expected"), ENUM_MISTAKES)
def test_enum_mistakes_get_the_value_meant(table: str, field: str, value: str, expected):
    spec = RESOURCES[table].field(field)
    allowed = spec.get("constraints", {}).get("enum") or spec["mscexo:itemConstraints"]["enum"]
    hint = enum_hint(value, allowed, spec, f"{table} {field}")
    assert _offered(hint) == expected, hint
    assert "allowed:" in hint or "mscexo describe" in hint or "releases before 1.0" in hint


@pytest.mark.parametrize(("table", "value", "expected"), REFERENCE_MISTAKES)
def test_reference_mistakes_get_the_row_meant(table: str, value: str, expected):
    forms = hints.reference_forms(mscexo.load(table).to_pylist())
    hint = hints.reference_hint(value, forms, table)
    assert _offered(hint) == expected, hint
    assert f"{table} ids" in hint


def test_the_table_holds_at_least_forty_real_mistakes():
    assert len(ENUM_MISTAKES) + len(REFERENCE_MISTAKES) >= 40


@pytest.mark.parametrize(
    ("written", "code"),
    [("Phase I/II", "phase1_phase2"), ("phase 2", "phase2"), ("Exosomes", "exosome")],
)
def test_normalised_forms_meet(written: str, code: str):
    assert hints.normalise(written) == hints.normalise(code)
