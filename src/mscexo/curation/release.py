"""Cutting a release, and checking that nothing of the current one is stale.

The version and date of a release are declared once, in `curation/release.yaml` (the schema's
`version:` repeats the version). Everything else follows from them: the generated models and
schemas, the built `datapackage/`, `CITATION.cff`, `.zenodo.json`, and the release's section of
`CHANGELOG.md` with its summary from `mscexo diff`. `mscexo release --bump PART` does all of it
in one step, and `mscexo release --check` (run in CI) names whatever a hand-made release left
stale.

A failed cut changes nothing: the files it edited are put back, and the package is replaced
only by a build that succeeded (and put back if a later step fails).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mscexo.curation.build import DESCRIPTOR, build, read_release
from mscexo.datamodel import generate
from mscexo.datamodel.generate import SCHEMA
from mscexo.files.atomic import claim, replace_directory, write_file
from mscexo.files.package import Package
from mscexo.publish import cite, diff

PARTS = ("major", "minor", "patch")
RELEASE = Path("curation/release.yaml")
CHANGELOG = Path("CHANGELOG.md")
CITATION = Path("CITATION.cff")
ZENODO = Path(".zenodo.json")
PACKAGE = Path("datapackage")
#: The heading of the changelog's notes not yet released; a cut makes them the release's.
UNRELEASED = "## Unreleased"


def bumped(version: str, part: str) -> str:
    """The next version: `part` (major, minor or patch) up by one, the parts after it 0."""
    found = re.fullmatch(r"([0-9]+)\.([0-9]+)\.([0-9]+)", version)
    if found is None or part not in PARTS:
        raise ValueError(f"cannot bump the {part} part of {version!r}")
    numbers = [int(n) for n in found.groups()]
    at = PARTS.index(part)
    numbers = numbers[:at] + [numbers[at] + 1] + [0] * (2 - at)
    return ".".join(map(str, numbers))


def _set_line(text: str, key: str, value: str, path: Path) -> str:
    """`text` with its one top-level `key: ...` line set to `value` (comments kept)."""
    pattern = re.compile(rf"(?m)^{key}:[^\n]*$")
    if len(pattern.findall(text)) != 1:
        raise ValueError(f"{path} must have exactly one top-level '{key}:' line")
    return pattern.sub(f"{key}: {value}", text)


def changelog_section(changelog: str, version: str, day: str, summary: str) -> str:
    """CHANGELOG.md with the release's section: the `Unreleased` notes, if any, become the
    release's, under its heading and the generated summary; otherwise a new section goes
    before the latest release's."""
    heading = f"## {version} — {day}"
    if f"\n## {version} " in changelog:
        raise ValueError(f"CHANGELOG.md already has a section for {version}")
    if f"\n{UNRELEASED}\n" in changelog:
        return changelog.replace(f"\n{UNRELEASED}\n", f"\n{heading}\n\n{summary}\n", 1)
    at = changelog.find("\n## ")
    if at < 0:
        return f"{changelog.rstrip()}\n\n{heading}\n\n{summary}\n"
    return f"{changelog[: at + 1]}{heading}\n\n{summary}\n\n{changelog[at + 1 :]}"


@dataclass
class Edits:
    """Files written by a cut, each with its text before, to be put back on failure."""

    root: Path
    before: dict[Path, bytes | None] = field(default_factory=dict)

    def write(self, path: Path, text: str) -> bool:
        """Write `text` to ROOT/path if it differs; whether it did."""
        target = self.root / path
        old = target.read_bytes() if target.is_file() else None
        new = text.encode("utf-8")
        if old == new:
            return False
        self.before.setdefault(path, old)
        write_file(target, new)
        return True

    def undo(self) -> None:
        for path, old in self.before.items():
            target = self.root / path
            if old is None:
                target.unlink(missing_ok=True)
            else:
                write_file(target, old)


@dataclass
class Cut:
    """What a cut did."""

    previous: str
    version: str
    date: str
    written: list[Path]


@contextmanager
def _previous_copy(root: Path) -> Iterator[Path]:
    """A copy of the current package (the previous release, once the new one is built)."""
    if not (root / PACKAGE / DESCRIPTOR).is_file():
        raise ValueError(f"no {PACKAGE / DESCRIPTOR} under {root}: build the current release first")
    with tempfile.TemporaryDirectory(prefix="mscexo-previous-") as tmp:
        copy = Path(tmp) / "datapackage"
        shutil.copytree(root / PACKAGE, copy, symlinks=True)
        yield copy


def _files(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def cut(root: Path, part: str, day: date, documents: Path | None = None) -> Cut:
    """Release the next `part` version of ROOT on `day`: bump, regenerate, rebuild against the
    previous release, cite, and write the changelog section (see the module). Raises
    ValueError for what cannot be cut, DataError when the build refuses the curation."""
    previous = read_release(root / "curation").version
    version = bumped(previous, part)
    edits = Edits(root)
    with _previous_copy(root) as old_package:
        built = False
        try:
            release_text = (root / RELEASE).read_text(encoding="utf-8")
            release_text = _set_line(release_text, "version", version, RELEASE)
            edits.write(RELEASE, _set_line(release_text, "release_date", day.isoformat(), RELEASE))
            schema_text = (root / SCHEMA).read_text(encoding="utf-8")
            edits.write(SCHEMA, _set_line(schema_text, "version", version, SCHEMA))
            for path, text in generate.render(root).items():
                edits.write(path, text)
            build(root, documents=documents, previous=old_package)
            built = True
            old, new = Package.open(old_package), Package.open(root / PACKAGE)
            release = cite.Citation.of(new)
            outputs = {
                CITATION: cite.cff(release) + "\n",
                ZENODO: cite.zenodo(release) + "\n",
                CHANGELOG: changelog_section(
                    (root / CHANGELOG).read_text(encoding="utf-8"),
                    version,
                    day.isoformat(),
                    diff.to_markdown(old, new, diff.compare(old, new)),
                ),
            }
            for path, text in outputs.items():
                edits.write(path, text)
        except BaseException:
            edits.undo()
            if built:  # the new package goes too: the previous one comes back
                with claim(root / PACKAGE, DESCRIPTOR):
                    replace_directory(_files(old_package), root / PACKAGE)
            raise
    return Cut(previous, version, day.isoformat(), sorted(edits.before))


def check(root: Path) -> list[str]:
    """What is stale in the current release of ROOT, one line each (nothing: all agree)."""
    found = [f"{path} is not what the schema generates" for path in generate.stale(root)]
    release = read_release(root / "curation")
    schema_version = re.search(r"(?m)^version:\s*(\S+)", (root / SCHEMA).read_text("utf-8"))
    if schema_version is None or schema_version[1] != release.version:
        found.append(f"{SCHEMA} has another version than {RELEASE} ({release.version})")
    if not (root / PACKAGE / DESCRIPTOR).is_file():
        return [*found, f"{PACKAGE} is not built: run `mscexo build`"]
    package = Package.open(root / PACKAGE)
    stamp = (package.descriptor.get("version"), package.descriptor.get("created", "")[:10])
    if stamp != (release.version, release.release_date.isoformat()):
        found.append(f"{PACKAGE} is not built from {RELEASE}: run `mscexo build`")
    citation = cite.Citation.of(package)
    for path, text in ((CITATION, cite.cff(citation)), (ZENODO, cite.zenodo(citation))):
        if not (root / path).is_file() or (root / path).read_text("utf-8") != text + "\n":
            found.append(f"{path} is not `mscexo cite` of the package")
    found += _changelog_problems((root / CHANGELOG).read_text("utf-8"), package)
    return found


def _changelog_problems(changelog: str, package: Package) -> list[str]:
    """The release's section must carry the generated summary of this very package."""
    version = package.descriptor["version"]
    if f"\n## {version} " not in changelog:
        return [f"{CHANGELOG} has no section for {version}"]
    section = changelog.split(f"\n## {version} ", 1)[1].split("\n## ", 1)[0]
    marker = f"-> {version}); do not edit -->"
    if marker not in section or "<!-- end of generated summary -->" not in section:
        return [f"{CHANGELOG}'s section for {version} lacks the summary of `mscexo diff`"]
    table = section.split(marker, 1)[1].split("<!-- end of generated summary -->", 1)[0]
    rows = {
        line.split("|")[1].strip(): int(line.split("|")[2])
        for line in table.strip().splitlines()[2:]
    }
    if rows != package.row_counts:
        return [f"{CHANGELOG}'s summary for {version} does not count the package's rows"]
    return []
