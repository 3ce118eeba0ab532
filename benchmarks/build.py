"""How the cost of `mscexo build`, `mscexo diff` and `mscexo export` grows with the curation:
time and peak memory at 1k, 10k and 100k synthetic records, in the same run.

For each size N the release's own curation files are copied to `benchmarks/files/build-N/`
and N synthetic records are added to the fact tables, generated from the schema as
`generate.py` makes contribution files: identifiers follow the table's pattern, enums draw
from the allowed values, foreign keys name records of the real curation or synthetic cited
works and genetic modifications (so referenced tables grow too), numbers respect their
range, free text is word salad. Every record carries provenance that the build verifies: a
document with a text file and an evidence snippet cut from that text, so the build runs with
`--documents` as a release build does. A second copy has 1% of the synthetic records changed
(confidence and curation note), for the diff; a third has 1% wrong (misspelt references,
values outside an enum, missing fields, repeated identifiers), for the build's error path.

Each stage runs as its own process (as a user runs it); wall time, CPU time and peak
resident memory come from the operating system (`os.wait4`):

- build: `mscexo build --documents DIR` of the synthetic curation;
- rebuild: the changed curation, checked against the first package (`--previous`), as a
  release is checked against the one before it;
- build, 1% broken: must report every problem (exit 1);
- diff: `mscexo diff` of the two packages (N against N, 1% changed);
- export: `mscexo export --format F` of the package (RDF through LinkML only up to
  `--rdf-max-records`, since it is far slower than the tabular formats).

The last table gives growth ratios of CPU time (wall time also counts waiting for a core
that other processes hold): cpu(10N)/cpu(N) is about 10 when a stage grows linearly. Each
process also pays a fixed start-up cost (imports, the release's own records), so the ratios
of the cost above the baseline (the same stage on the release's curation alone, no synthetic
record) are given too.

    python benchmarks/build.py [--records 1000 10000 100000] [--documents ../shared/seeds]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate import WORDS  # noqa: E402 - the word list of the contribution files

#: Share of the synthetic records per table: the fact tables, which grow with curation.
#: Tables that others reference come first: their synthetic records can be referenced too,
#: so the referenced tables grow with the curation as they do in real curation.
SHARES = {
    "cited_works": 0.10,
    "genetic_modifications": 0.10,
    "cargo_findings": 0.40,
    "preclinical_studies": 0.15,
    "clinical_trials": 0.10,
    "statistics": 0.10,
    "source_tables": 0.05,
}
#: Doses as documents print them (the build derives the structured dose fields).
DOSES = [
    "100 µg",
    "50 µg/kg",
    "1 × 10^10 particles",
    "2 × 10^6 cells/kg",
    "200 μL of 300 μg exosomes",
    "0.5-2 × 10^10 exosomes",
    "10 mg/kg twice weekly",
]
#: Records per curation file (the release has one file per document).
PER_FILE = 2_000
#: Share of the synthetic records changed in the second copy.
CHANGED = 0.01
#: Share of the synthetic records with a mistake in the third copy, and the mistakes.
BROKEN = 0.01
MISTAKES = ("reference", "enum", "reference", "required", "reference", "duplicate")
EXPORTS = ("sqlite", "duckdb", "xlsx", "ttl")
#: Export runs in a process whose `data_root` is the synthetic package's root (the module by
#: name: `mscexo.load` as an attribute is the function `load`).
EXPORT_CODE = (
    "import importlib, sys; from pathlib import Path; "
    "importlib.import_module('mscexo.load').data_root = lambda: Path(sys.argv[1]); "
    "from mscexo.cli import main; sys.exit(main(sys.argv[2:]))"
)


# ----- synthetic curation --------------------------------------------------------------------


@dataclass
class Column:
    """What the Table Schema demands of one column (of each item, for a list)."""

    name: str
    type: str
    is_list: bool
    required: bool
    enum: list[str] | None
    pattern: str | None
    minimum: float | None
    maximum: float | None


def tables() -> dict[str, dict[str, Any]]:
    """Table name -> its Table Schema, as generated from the LinkML schema. The benchmark
    reads the schema and runs the command line, and imports nothing of mscexo."""
    path = ROOT / "schema" / "generated" / "tableschema.json"
    return {r["name"]: r["schema"] for r in json.loads(path.read_text("utf-8"))["resources"]}


def columns(schema: dict[str, Any]) -> dict[str, Column]:
    out = {}
    for spec in schema["fields"]:
        rules = {**spec.get("constraints", {}), **spec.get("mscexo:itemConstraints", {})}
        out[spec["name"]] = Column(
            name=spec["name"],
            type=spec.get("itemType", "string") if spec["type"] == "list" else spec["type"],
            is_list=spec["type"] == "list",
            required=bool(rules.get("required")),
            enum=rules.get("enum"),
            pattern=rules.get("pattern"),
            minimum=rules.get("minimum"),
            maximum=rules.get("maximum"),
        )
    return out


def release(curation: Path, documents: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The identifiers of the release's own curation, table by table, and evidence snippets
    for each of its documents with a text file (see `snippets`)."""
    ids: dict[str, list[str]] = {}
    evidence: dict[str, list[str]] = {}
    for path in sorted(curation.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "release.yaml" or not content:
            continue
        for table, rows in content.items():
            ids.setdefault(table, []).extend(str(row["id"]) for row in rows or [])
        for document in content.get("documents") or []:
            if document.get("text_file"):
                text = (documents / document["text_file"]).read_text(encoding="utf-8")
                evidence[str(document["id"])] = snippets(text)
    return ids, evidence


def snippets(text: str, count: int = 500) -> list[str]:
    """Evidence snippets: 6 to 14 words from one line of the text (a snippet across a line
    break could meet a hyphenated word), at most 160 characters, starting and ending with a
    letter, digit or bracket, compared as the build compares (NFKC, white space collapsed)."""
    rng = random.Random(0)
    lines = [unicodedata.normalize("NFKC", line).split() for line in text.splitlines()]
    lines = [words for words in lines if len(words) >= 8]
    found: set[str] = set()
    for _ in range(count * 20):
        if len(found) >= count:
            break
        words = rng.choice(lines)
        size = rng.randint(6, min(14, len(words) - 1))  # never the line's last word
        start = rng.randrange(0, len(words) - size)
        snippet = " ".join(words[start : start + size])
        if len(snippet) <= 160 and re.fullmatch(r"[A-Za-z(][^\t\n\r]*[A-Za-z0-9.)]", snippet):
            found.add(snippet)
    return sorted(found)


def _words(rng: np.random.Generator, count: int) -> str:
    return " ".join(WORDS[i] for i in rng.integers(0, len(WORDS), count))


def value(
    column: Column,
    table: str,
    number: int,
    references: dict[str, list[str]],
    evidence: dict[str, list[str]],
    record: dict,
    rng: np.random.Generator,
):
    """A valid value for one column of a synthetic record (None: leave the field out)."""
    name = column.name
    if name in references:
        ids = references[name]
        if column.is_list:
            return list(dict.fromkeys(rng.choice(ids, rng.integers(1, 3)).tolist()))
        return str(rng.choice(ids))
    if name == "evidence":
        pool = evidence[record["document_id"]]
        return pool[rng.integers(0, len(pool))]
    if name == "locator":
        return f"Table {number % 7 + 1}, row {number % 40 + 1}"
    if name == "dose":
        return DOSES[rng.integers(0, len(DOSES))]
    if name == "table_label":
        return f"Table {number % 9 + 1}"
    if name == "reference_number":  # unique with document_id: beyond the real references
        return 10_000 + number
    if column.enum:
        if column.is_list:
            return sorted(set(rng.choice(column.enum, rng.integers(1, 3)).tolist()))
        return str(rng.choice(column.enum))
    if column.pattern:  # an identifier with no foreign key (nct_id): unique keys stay unique
        if column.required:
            raise ValueError(f"no generator for the required {table}.{name} ({column.pattern})")
        return None
    if column.type == "number":
        low = column.minimum if column.minimum is not None else 1.0
        high = column.maximum if column.maximum is not None else 500.0
        return round(float(rng.uniform(low + (high - low) / 2, high)), 2)
    if column.type == "integer":
        if column.maximum is not None:  # a year
            return int(1990 + rng.integers(0, 34))
        return int((column.minimum or 0) + rng.integers(1, 300))
    if column.type == "date":
        return f"20{rng.integers(10, 24)}-0{rng.integers(1, 10)}-1{rng.integers(0, 10)}"
    if column.type == "boolean":
        return bool(rng.integers(0, 2))
    text = _words(rng, 12 if name in ("curation_note", "reason", "results") else 3)
    return [text] if column.is_list else text


def synthetic(
    n: int, ids: dict[str, list[str]], evidence: dict[str, list[str]], seed: int = 0
) -> dict[str, list[dict]]:
    """n valid records, spread over the fact tables by SHARES."""
    rng = np.random.default_rng(seed)
    schemas = tables()
    counts = {t: int(n * share) for t, share in SHARES.items()}
    counts["cargo_findings"] += n - sum(counts.values())
    ids = {table: list(known) for table, known in ids.items()}
    out: dict[str, list[dict]] = {}
    for table, count in counts.items():
        schema = schemas[table]
        rules = columns(schema)
        keys = schema.get("foreignKeys", []) + schema.get("mscexo:listForeignKeys", [])
        references = {fk["fields"]: ids[fk["reference"]["resource"]] for fk in keys}
        references["document_id"] = sorted(evidence)
        prefix = schema["fields"][0]["example"].split("-")[0]
        rows = []
        for number in range(1, count + 1):
            record: dict = {"id": f"{prefix}-BENCH-{number:07d}"}
            for name, column in rules.items():
                if name in record or name.startswith("dose_"):  # derived by the build
                    continue
                if not column.required and name != "document_id" and rng.random() < 0.3:
                    continue
                cell = value(column, table, number, references, evidence, record, rng)
                if cell is not None:
                    record[name] = cell
            rows.append(dict(sorted(record.items(), key=lambda kv: kv[0] != "id")))
        out[table] = rows
        ids[table] += [row["id"] for row in rows]
    return out


def change(records: dict[str, list[dict]], seed: int = 1) -> dict[str, list[dict]]:
    """A copy with CHANGED of the records edited (a new confidence and curation note)."""
    rng = np.random.default_rng(seed)
    out = {}
    for table, rows in records.items():
        rows = [dict(row) for row in rows]
        for index in np.flatnonzero(rng.random(len(rows)) < CHANGED):
            row = rows[index]
            row["confidence"] = round(1.0 - row.get("confidence", 0.0) / 2, 2)
            row["curation_note"] = "revised after review: " + _words(rng, 6)
        out[table] = rows
    return out


def corrupt(records: dict[str, list[dict]], seed: int = 2) -> dict[str, list[dict]]:
    """A copy with BROKEN of the records wrong in one way each, as a contributor's mistakes:
    a misspelt reference (to a cited work, a cargo molecule or a document), a value outside
    its enum, a missing required field or an identifier used twice."""
    rng = np.random.default_rng(seed)
    out = {table: [dict(row) for row in rows] for table, rows in records.items()}
    items = [(table, k) for table, rows in out.items() for k in range(len(rows))]
    picked = sorted(rng.choice(len(items), int(len(items) * BROKEN), replace=False))
    for number, position in enumerate(picked):
        table, k = items[position]
        row = out[table][k]
        kind = MISTAKES[number % len(MISTAKES)]
        if kind == "reference" and row.get("cited_work_ids"):
            row["cited_work_ids"] = [row["cited_work_ids"][0] + "x", *row["cited_work_ids"][1:]]
        elif kind == "reference" and table == "cargo_findings":
            row["cargo_id"] = row["cargo_id"].lower()
        elif kind == "reference":
            row["document_id"] = row["document_id"].upper()
        elif kind == "enum":
            row["product_type" if "product_type" in row else "confidence"] = "exosomes"
        elif kind == "required":
            del row["locator"]
        else:
            row["id"] = out[table][k - 1]["id"]
    return out


def write_curation(records: dict[str, list[dict]], curation: Path, directory: Path) -> None:
    """The release's curation files and the synthetic records, PER_FILE to a file. YAML is
    written as JSON scalars and flow lists (valid YAML, and fast to write)."""
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(curation, directory)
    items = [(table, row) for table, rows in records.items() for row in rows]
    for part, start in enumerate(range(0, len(items), PER_FILE)):
        lines, current = ["# Synthetic records for benchmarks/build.py: not data."], None
        for table, row in items[start : start + PER_FILE]:
            if table != current:
                lines.append(f"{table}:")
                current = table
            first = True
            for key, cell in row.items():
                lines.append(
                    f"  {'- ' if first else '  '}{key}: {json.dumps(cell, ensure_ascii=False)}"
                )
                first = False
        (directory / f"900-bench-{part:04d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")


# ----- measuring -----------------------------------------------------------------------------


class Measure(NamedTuple):
    wall: float  #: seconds
    cpu: float  #: user + system seconds of the process: what other processes on the machine
    #: (and so the time it waits for a core) do not change
    memory: float  #: peak resident memory, MB


def run(command: list[str], src: Path, expect: int = 0) -> Measure:
    """Time and peak memory of one command in a fresh process that imports mscexo from
    `src`; stops the benchmark when the exit code is not the one expected."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    # A file, not a pipe: a build with a thousand problems writes more than a pipe holds.
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        if code != expect:
            text = errors.read().decode(errors="replace")
            sys.exit(f"failed ({code}): {' '.join(command)}\n{text[-3000:]}")
    return Measure(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def stages(n: int, documents: Path, rdf_max: int) -> Iterator[tuple[str, list[str], int]]:
    """(stage, command, expected exit code) of the build, rebuild, diff and exports of the
    synthetic curation of size n (already written), in the order they must run."""
    base = HERE / "files" / f"build-{n}"
    cli = [sys.executable, "-m", "mscexo.cli"]
    first, second = base / "datapackage", base / "datapackage-changed"
    third = base / "datapackage-broken"  # never written: the build refuses the curation
    for package in (first, second):
        shutil.rmtree(package, ignore_errors=True)
    build = [*cli, "build", "--root", str(ROOT), "--documents", str(documents.resolve())]
    yield "build", [*build, "--curation", str(base / "curation"), "--output", str(first)], 0
    yield (
        "rebuild (--previous)",
        [
            *build,
            *("--curation", str(base / "curation-changed"), "--output", str(second)),
            *("--previous", str(first)),
        ],
        0,
    )
    yield (
        "build, 1% broken (exit 1)",
        [*build, "--curation", str(base / "curation-broken"), "--output", str(third)],
        1 if n else 0,  # the baseline has nothing to break
    )
    yield "diff", [*cli, "diff", str(first), str(second)], 0
    schema = base / "schema"
    if not schema.exists():
        schema.symlink_to(ROOT / "schema")
    for fmt in EXPORTS:
        if fmt == "ttl" and n > rdf_max:
            continue
        target = base / f"export.{fmt}"
        target.unlink(missing_ok=True)
        command = [sys.executable, "-c", EXPORT_CODE, str(base), "export", "--format", fmt]
        yield f"export {fmt}", [*command, "-o", str(target)], 0


def _size(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n else f"{n}"


def growth(results: dict[int, dict[str, Measure]], sizes: list[int]) -> None:
    """Print the growth table: CPU time ratios of each size to the one 10x smaller."""
    pairs = [(a, b) for a, b in zip(sizes, sizes[1:], strict=False) if b == 10 * a]
    if not pairs:
        print("(no two sizes 10x apart: no growth ratios)")
        return
    header = " | ".join(f"CPU {_size(b)}/{_size(a)}" for a, b in pairs)
    print(f"| stage | {header} | peak memory at {_size(sizes[-1])} (above baseline) |")
    print("| --- |" + " ---: |" * (len(pairs) + 1))
    for stage, base in results[0].items():
        cells = []
        for a, b in pairs:
            if stage not in results[b]:
                cells.append("")
                continue
            ta, tb = results[a][stage].cpu, results[b][stage].cpu
            cells.append(f"{tb / ta:.1f} ({(tb - base.cpu) / max(ta - base.cpu, 1e-2):.1f})")
        last = results[sizes[-1]].get(stage)
        memory = f"{last.memory:.0f} MB ({last.memory - base.memory:+.0f})" if last else ""
        print(f"| {stage} | {' | '.join(cells)} | {memory} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--documents", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument(
        "--rdf-max-records",
        type=int,
        default=10_000,
        help="export RDF (LinkML's dumper, slow) only up to this size",
    )
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT / "src",
        help="measure the mscexo of this directory (e.g. the src/ of a worktree of an "
        "earlier commit, for before and after figures; default: this checkout's)",
    )
    args = parser.parse_args()
    curation = ROOT / "curation"
    ids, evidence = release(curation, args.documents)
    results: dict[int, dict[str, Measure]] = {}
    print("| synthetic records | stage | time (s) | CPU (s) | peak memory (MB) |")
    print("| ---: | --- | ---: | ---: | ---: |")
    sizes = sorted(args.records)
    for n in [0, *sizes]:
        base = HERE / "files" / f"build-{n}"
        records = synthetic(n, ids, evidence)
        write_curation(records, curation, base / "curation")
        write_curation(change(records), curation, base / "curation-changed")
        write_curation(corrupt(records), curation, base / "curation-broken")
        results[n] = {}
        for stage, command, expect in stages(n, args.documents, args.rdf_max_records):
            m = results[n][stage] = run(command, args.src.resolve(), expect)
            print(f"| {n:,} | {stage} | {m.wall:.2f} | {m.cpu:.2f} | {m.memory:.0f} |", flush=True)
    print("\nGrowth in CPU time: the ratio of each size to the one 10x smaller (10 = linear); in")
    print(
        "brackets, the same ratio above the baseline of no synthetic record (start-up removed).\n"
    )
    growth(results, sizes)


if __name__ == "__main__":
    main()
