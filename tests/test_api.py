"""The public API: what `__all__` promises exists, and `mscexo.validate` is the command's
verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mscexo
from mscexo.cli import main

DATA = Path(__file__).parent / "data" / "contributions"


@pytest.mark.parametrize("name", mscexo.__all__)
def test_every_public_name_resolves(name: str):
    assert getattr(mscexo, name) is not None
    assert name in dir(mscexo)


def test_unknown_names_are_attribute_errors():
    with pytest.raises(AttributeError):
        mscexo.no_such_name  # noqa: B018


@pytest.mark.parametrize(
    "path",
    sorted((DATA / "valid").glob("*.*")) + sorted((DATA / "invalid").glob("*.*")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_validate_gives_the_verdict_of_the_command(path: Path, capsys):
    """The same report, as JSON, from the function and the command (invalid table files are
    clinical trials)."""
    table = "clinical_trials" if path.parent.name == "invalid" and path.suffix == ".csv" else None
    code = main(["validate", str(path), "--format", "json", *(["--table", table] if table else [])])
    printed = capsys.readouterr().out
    if code == 2:  # an input the command refuses is an InputError in the API
        with pytest.raises(mscexo.InputError):
            mscexo.validate(path, table=table)
        return
    report = mscexo.validate(path, table=table)
    assert json.loads(printed) == report.to_dict()
    assert code == (0 if report.valid else 1)


def test_package_opens_the_installed_release():
    from mscexo.load import package_dir

    package = mscexo.Package.open(package_dir())
    assert package.names == mscexo.tables()
    assert package.row_counts == {t: mscexo.load(t).num_rows for t in mscexo.tables()}
