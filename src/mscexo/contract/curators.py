"""Curators: the people a curation file names (`curators:`, the `Curator` class of the schema),
checked the same way by the build and by `mscexo validate`.

The schema gives the ORCID iD's pattern, which the generated model checks; the check digit,
which no pattern can express, is checked here (ISO 7064 MOD 11-2, as ORCID specifies it), so
that a mistyped digit is caught before the iD reaches a citation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mscexo.contract.model import validate_record
from mscexo.contract.record import Record, Resource
from mscexo.errors import Problem, shorten

#: The key of a curation file (a `Dataset`) that lists its curators.
CURATORS = "curators"
#: The resolver of an ORCID iD: an iD's URL, as CFF, Zenodo and Data Package contributors
#: give it.
ORCID_URL = "https://orcid.org/"
#: What to do about an ORCID iD that is not one.
ORCID_HINT = (
    "copy the iD from the curator's ORCID record (https://orcid.org/), without the "
    "https://orcid.org/ prefix"
)


def orcid_check_digit(digits: str) -> str:
    """The check character of the first 15 digits of an ORCID iD (ISO 7064 MOD 11-2): each
    digit is added to the running total, which is doubled; the check is (12 - total mod 11)
    mod 11, with 10 written X."""
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def orcid_checksum_ok(orcid: str) -> bool:
    """Whether an iD of the schema's form (0000-0000-0000-000X) has the right check digit."""
    digits = orcid.replace("-", "")
    return (
        len(digits) == 16 and digits[:15].isdigit() and orcid_check_digit(digits[:15]) == digits[15]
    )


@dataclass(frozen=True)
class Curator:
    """A curator as the release credits them."""

    family_names: str
    given_names: str | None = None
    orcid: str | None = None

    @property
    def name(self) -> str:
        return " ".join(n for n in (self.given_names, self.family_names) if n)

    def contributor(self) -> dict[str, Any]:
        """The curator as a Data Package v2 contributor: the ORCID iD's URL is its `path`."""
        entry: dict[str, Any] = {"title": self.name}
        if self.given_names:
            entry["givenName"] = self.given_names
        entry["familyName"] = self.family_names
        if self.orcid:
            entry["path"] = ORCID_URL + self.orcid
        entry["roles"] = ["curator"]
        return entry


def _resource() -> Resource:
    """The `Curator` class as a resource of the contract (its fields said in words)."""
    from mscexo.datamodel import models

    fields = []
    for name, info in models.Curator.model_fields.items():
        extra: Any = info.json_schema_extra or {}
        meta = extra.get("linkml_meta", {})
        words = meta.get("annotations", {}).get("pattern_in_words", {}).get("value")
        spec = {"name": name, "type": "string", "description": info.description or ""}
        fields.append(spec | ({"mscexo:patternInWords": words} if words else {}))
    return Resource(CURATORS, "Curator", "", {"fields": fields})


def check_curators(
    entries: Any,
    file: str,
    line: int | None = None,
    first: int = 1,
    lines: Sequence[int | None] = (),
) -> tuple[list[Curator], list[Problem]]:
    """The curators of one file (its `curators:` value), and every problem with them: not a
    list of mappings, a field the schema refuses (the ORCID iD's pattern included), or an
    ORCID iD whose check digit is wrong. The entries are numbered from `first`; `lines`
    gives their lines where a reader knows them (else each entry's own, else `line`)."""
    from mscexo.datamodel import models

    if not isinstance(entries, list):
        problem = Problem(
            code="not-a-list",
            message=f"{CURATORS!r} must be a list of curators",
            file=file,
            line=line,
            table=CURATORS,
            hint="write one `- family_names: ...` entry per curator",
        )
        return [], [problem]
    resource, curators, problems = _resource(), [], []
    for index, entry in enumerate(entries, start=first):
        known = lines[index - first] if index - first < len(lines) else None
        where = known or getattr(entry, "line", None) or line
        if not isinstance(entry, dict):
            problems.append(
                Problem(
                    code="not-a-mapping",
                    message="a curator must be a mapping of field names to values",
                    file=file,
                    line=where,
                    table=CURATORS,
                    record=index,
                    value=shorten(entry),
                )
            )
            continue
        record = Record(CURATORS, dict(entry), file, index, where)
        parsed, found = validate_record(record, resource, models.Curator)
        problems += [_orcid_hint(p) for p in found]
        if not isinstance(parsed, models.Curator):
            continue
        if parsed.orcid and not orcid_checksum_ok(parsed.orcid):
            problems.append(
                record.problem(
                    "orcid-checksum",
                    "the ORCID iD's last character is not its check digit: a character is mistyped",
                    field="orcid",
                    value=parsed.orcid,
                    hint=ORCID_HINT,
                )
            )
            continue
        curators.append(Curator(parsed.family_names, parsed.given_names, parsed.orcid))
    return curators, problems


def _orcid_hint(problem: Problem) -> Problem:
    """A pattern problem of an ORCID iD says where to copy the iD from."""
    if problem.code != "pattern" or problem.field != "orcid":
        return problem
    return dataclasses.replace(problem, hint=ORCID_HINT)


def credited(curators: list[Curator]) -> list[Curator]:
    """The curators of a release, each once, in the order they are first named: the same
    ORCID iD (or, without one, the same name) is one person."""
    seen: set[str] = set()
    result = []
    for curator in curators:
        key = curator.orcid or curator.name.casefold()
        if key not in seen:
            seen.add(key)
            result.append(curator)
    return result
