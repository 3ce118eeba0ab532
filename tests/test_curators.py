"""Curators and their credit: the ORCID iD's check digit (`mscexo.contract.curators`), the
curators of curation files checked by the build and by `mscexo validate`, and listed as the
release's authors in datapackage.json and in every citation format.

The only real iD here is ORCID's documented example, 0000-0002-1825-0097, the iD of Josiah
Carberry, ORCID's fictitious test researcher: the curator of the fixtures is that test record,
never a real person. Other iDs are made from it by changing a character (or are computed,
and said to be), and are never called anyone's.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mscexo.cli import main
from mscexo.contract.curators import orcid_check_digit, orcid_checksum_ok
from mscexo.files.package import Package
from mscexo.publish import cite

#: ORCID's documented example iD (Josiah Carberry, a test record, not a person).
DOCUMENTED = "0000-0002-1825-0097"
#: The test fixture's curator: ORCID's test researcher, clearly not a real curator.
FIXTURE = {"family_names": "Carberry", "given_names": "Josiah S.", "orcid": DOCUMENTED}


def test_the_documented_example_is_valid():
    assert orcid_check_digit(DOCUMENTED.replace("-", "")[:15]) == "7"
    assert orcid_checksum_ok(DOCUMENTED)


@pytest.mark.parametrize(
    "orcid",
    [
        "0000-0002-1825-0096",  # the check digit changed
        "0000-0002-1825-009X",  # X where 7 is due
        "0000-0002-1825-0079",  # two digits swapped
        "0000-0002-1285-0097",  # two digits swapped
        "0000-0003-1825-0097",  # one digit changed
        "0000-0002-1825-009",  # too short
        "0000-000A-1825-0097",  # not a digit
    ],
)
def test_mistyped_ids_fail_the_check(orcid: str):
    assert not orcid_checksum_ok(orcid)


digits15 = st.text(alphabet="0123456789", min_size=15, max_size=15)


def _iD(digits: str, check: str) -> str:
    whole = digits + check
    return "-".join(whole[i : i + 4] for i in range(0, 16, 4))


@given(digits15)
def test_exactly_one_check_character_fits(digits: str):
    fitting = [c for c in "0123456789X" if orcid_checksum_ok(_iD(digits, c))]
    assert fitting == [orcid_check_digit(digits)]


@given(digits15, st.integers(0, 14), st.integers(1, 9))
def test_every_single_digit_error_is_caught(digits: str, at: int, shift: int):
    """MOD 11-2 detects every change of one digit (ISO 7064's promise, held here)."""
    good = _iD(digits, orcid_check_digit(digits))
    typo = digits[:at] + str((int(digits[at]) + shift) % 10) + digits[at + 1 :]
    assert orcid_checksum_ok(good) and not orcid_checksum_ok(_iD(typo, good[-1]))


@given(digits15, st.integers(0, 13))
def test_every_swap_of_neighbours_is_caught(digits: str, at: int):
    swapped = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2 :]
    if swapped != digits:
        good = _iD(digits, orcid_check_digit(digits))
        assert not orcid_checksum_ok(_iD(swapped, good[-1]))


# ----- mscexo validate -----------------------------------------------------------------------


def _curation_file(tmp_path: Path, curators: object) -> Path:
    path = tmp_path / "curation.yaml"
    content = {
        "curators": curators,
        "cargo": [{"id": "CG-T1", "name": "T1", "molecule_type": "protein"}],
    }
    path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return path


def _validate(path: Path, capsys) -> tuple[int, dict]:
    code = main(["validate", str(path), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_validate_accepts_named_curators(tmp_path: Path, capsys):
    code, report = _validate(_curation_file(tmp_path, [FIXTURE]), capsys)
    assert code == 0 and report["problems"] == [] and report["rows"] == {"cargo": 1}


@pytest.mark.parametrize(
    ("orcid", "problem"),
    [
        ("0000-0002-1825-0098", "orcid-checksum"),
        ("https://orcid.org/0000-0002-1825-0097", "pattern"),
        ("0000000218250097", "pattern"),
        ("0000-0002-1825-009x", "pattern"),
    ],
)
def test_validate_refuses_a_bad_orcid(tmp_path: Path, capsys, orcid: str, problem: str):
    path = _curation_file(tmp_path, [FIXTURE, {**FIXTURE, "orcid": orcid}])
    code, report = _validate(path, capsys)
    (found,) = report["problems"]
    assert code == 1 and (found["code"], found["field"], found["value"]) == (
        problem,
        "orcid",
        orcid,
    )
    assert (found["table"], found["record"], found["line"]) == ("curators", 2, 5)
    assert "copy the iD from the curator's ORCID record" in found["hint"]


def test_validate_refuses_curators_without_a_family_name_or_not_listed(tmp_path: Path, capsys):
    code, report = _validate(_curation_file(tmp_path, [{"given_names": "Josiah"}]), capsys)
    assert code == 1 and [(p["code"], p["field"]) for p in report["problems"]] == [
        ("required", "family_names")
    ]
    code, report = _validate(_curation_file(tmp_path, FIXTURE), capsys)
    assert code == 1 and [p["code"] for p in report["problems"]] == ["not-records"]


# ----- the build and the citations -----------------------------------------------------------


def _build(curation: Path, out: Path, capsys) -> Package:
    assert main(["build", "--curation", str(curation), "--output", str(out)]) == 0, (
        capsys.readouterr()
    )
    capsys.readouterr()
    return Package.open(out)


@pytest.fixture
def credited(example_curation: Path, tmp_path: Path, capsys) -> Package:
    """The example curation with the fixture curator named in two files (once only in the
    release) and a second, made-up curator without an ORCID iD."""
    path = example_curation / "examples.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({"curators": [FIXTURE], **content}, sort_keys=False))
    other = {"family_names": "Test-Curator", "given_names": "Made Up"}  # a test fixture
    (example_curation / "zz-more.yaml").write_text(
        yaml.safe_dump({"curators": [other, FIXTURE]}), encoding="utf-8"
    )
    return _build(example_curation, tmp_path / "out", capsys)


def test_the_curators_are_the_release_contributors(credited: Package):
    assert credited.descriptor["contributors"] == [
        {
            "title": "Josiah S. Carberry",
            "givenName": "Josiah S.",
            "familyName": "Carberry",
            "path": f"https://orcid.org/{DOCUMENTED}",
            "roles": ["curator"],
        },
        {
            "title": "Made Up Test-Curator",
            "givenName": "Made Up",
            "familyName": "Test-Curator",
            "roles": ["curator"],
        },
    ]
    linkml = yaml.safe_load((credited.directory / "linkml" / "dataset.yaml").read_text())
    assert linkml["curators"] == [
        FIXTURE,
        {"family_names": "Test-Curator", "given_names": "Made Up"},
    ]
    creators = json.loads((credited.directory / "dataset.jsonld").read_text())["creator"]
    assert creators[0]["@type"] == "Person"
    assert creators[0]["sameAs"] == f"https://orcid.org/{DOCUMENTED}"


def test_the_contributors_meet_the_data_package_profile(credited: Package):
    """The curators as contributors are valid Data Package v2 (the profile vendored for
    tests/test_profile.py), checked on the contributors alone."""
    import jsonschema

    profile = json.loads((Path(__file__).parent / "data/profiles/datapackage-2.0.json").read_text())
    contributors = profile["properties"]["contributors"]
    jsonschema.Draft7Validator(contributors).validate(credited.descriptor["contributors"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(contributors).validate([{"path": "file:///x", "roles": []}])


def test_without_curators_the_collective_author_stays(example_curation: Path, tmp_path, capsys):
    package = _build(example_curation, tmp_path / "out", capsys)
    assert package.descriptor["contributors"] == [
        {"title": "MSC-Exo contributors", "roles": ["curator"]}
    ]


def test_records_no_named_curator_answers_for_keep_the_collective_author(
    example_curation: Path, tmp_path: Path, capsys
):
    """A file of records that names no curator still credits the collective author, after
    the curators other files name: naming one curator never hides the others' work."""
    (example_curation / "zz-more.yaml").write_text(yaml.safe_dump({"curators": [FIXTURE]}), "utf-8")
    package = _build(example_curation, tmp_path / "out", capsys)
    assert [c["title"] for c in package.descriptor["contributors"]] == [
        "Josiah S. Carberry",
        "MSC-Exo contributors",
    ]


def test_every_citation_format_names_the_curators(credited: Package, capsys):
    release = cite.Citation.of(credited)
    assert cite.text(release).startswith("Josiah S. Carberry, Made Up Test-Curator (")
    cff = yaml.safe_load(cite.cff(release))
    assert cff["authors"] == [
        {
            "family-names": "Carberry",
            "given-names": "Josiah S.",
            "orcid": f"https://orcid.org/{DOCUMENTED}",
        },
        {"family-names": "Test-Curator", "given-names": "Made Up"},
    ]
    zenodo = json.loads(cite.zenodo(release))
    assert zenodo["creators"] == [
        {"name": "Carberry, Josiah S.", "orcid": DOCUMENTED},
        {"name": "Test-Curator, Made Up"},
    ]
    import bibtexparser
    import rispy
    from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(
        cite.bibtex(release), append_middleware=[SeparateCoAuthors(), SplitNameParts()]
    )
    (entry,) = library.entries
    names = [(n.last, n.first) for n in entry["author"]]
    assert names == [(["Carberry"], ["Josiah", "S."]), (["Test-Curator"], ["Made", "Up"])]
    (record,) = rispy.loads(cite.ris(release))
    assert record["authors"] == ["Carberry, Josiah S.", "Test-Curator, Made Up"]


def test_cffconvert_accepts_curators_with_orcid(credited: Package, root: Path, tmp_path: Path):
    tool = root / ".venv-tools" / "bin" / "cffconvert"
    found = str(tool) if tool.exists() else shutil.which("cffconvert")
    if found is None:
        pytest.skip("needs cffconvert 2.0.0 in .venv-tools (as .ci/run installs it)")
    path = tmp_path / "CITATION.cff"
    path.write_text(cite.cff(cite.Citation.of(credited)) + "\n", encoding="utf-8")
    result = subprocess.run([found, "--validate", "-i", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_the_build_refuses_a_mistyped_orcid(example_curation: Path, tmp_path: Path, capsys):
    typo = {**FIXTURE, "orcid": "0000-0002-1825-0079"}
    (example_curation / "zz-more.yaml").write_text(yaml.safe_dump({"curators": [typo]}))
    argv = ["build", "--curation", str(example_curation), "--output", str(tmp_path / "out")]
    assert main([*argv, "--format", "json"]) == 1
    (problem,) = json.loads(capsys.readouterr().out)["problems"]
    assert (problem["code"], problem["value"]) == ("orcid-checksum", "0000-0002-1825-0079")
    assert problem["file"].endswith("zz-more.yaml") and not (tmp_path / "out").exists()
