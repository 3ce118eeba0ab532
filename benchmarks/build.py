"""How the cost of `mscexo build`, `mscexo diff` and `mscexo export` grows with the curation:
time and peak memory at 1k, 10k and 100k synthetic records, in the same run.

For each size N the release's own curation files are copied to `benchmarks/files/build-N/`
and N synthetic records are added, generated from the schema as `generate.py` makes
contribution files: identifiers follow the table's pattern, enums draw from the allowed
values, foreign keys name records of the real curation, numbers respect their range, free text
is word salad. Every record carries provenance that the build verifies: a document with a
text file and an evidence snippet cut from that text, so the build runs with `--documents`
as a release build does. A second copy has 1% of the synthetic records changed (confidence
and curation note), for the diff.

Each stage runs as its own process (as a user runs it); wall time and peak resident memory
come from the operating system (`os.wait4`):

- build: `mscexo build --documents DIR` of the synthetic curation;
- rebuild: the changed curation, checked against the first package (`--previous`), as a
  release is checked against the one before it;
- diff: `mscexo diff` of the two packages (N against N, 1% changed);
- export: `mscexo export --format F` of the package (RDF through LinkML only up to
  `--rdf-max-records`, since it is far slower than the tabular formats).

The last table gives growth ratios: time(10N)/time(N) is about 10 when a stage grows
linearly. Each process also pays a fixed start-up cost (imports, the release's own records),
so the ratios of the cost above the baseline (the same stage on the release's curation alone,
no synthetic record) are given too.

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
from pathlib import Path

import numpy as np
import yaml

from mscexo.contract import Column, columns
from mscexo.dose import FIELDS as DOSE_FIELDS
from mscexo.evidence import searchable
from mscexo.validate import read_resources

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


def real_ids(curation: Path) -> dict[str, list[str]]:
    """Identifiers of the release's own curation, table by table."""
    ids: dict[str, list[str]] = {}
    for path in sorted(curation.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if path.name == "release.yaml":
            continue
        for table, rows in content.items():
            ids.setdefault(table, []).extend(str(row["id"]) for row in rows or [])
    return ids


def snippets(curation: Path, documents: Path, per_document: int = 500) -> dict[str, list[str]]:
    """Evidence snippets (6 to 20 words, at most 160 characters on one line) cut from the text
    of every document that has one, checked by the build's own reading of the text."""
    from mscexo.evidence import contains

    rng = random.Random(0)
    out: dict[str, list[str]] = {}
    for path in sorted(curation.glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for document in (content.get("documents") or []) if isinstance(content, dict) else []:
            if not document.get("text_file"):
                continue
            text = searchable((documents / document["text_file"]).read_text(encoding="utf-8"))
            words = text.split(" ")
            found: set[str] = set()
            for _ in range(per_document * 20):
                if len(found) >= per_document:
                    break
                start = rng.randrange(0, max(1, len(words) - 20))
                snippet = " ".join(words[start : start + rng.randint(6, 20)])
                if (
                    len(snippet) <= 160
                    and "\u00ad" not in snippet
                    and re.fullmatch(r"[A-Za-z(][^\t\n\r]*[A-Za-z0-9.)]", snippet)
                    and contains(text, snippet)
                ):
                    found.add(snippet)
            out[str(document["id"])] = sorted(found)
    return out


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
    resources = {r.name: r for r in read_resources(ROOT)}
    counts = {t: int(n * share) for t, share in SHARES.items()}
    counts["cargo_findings"] += n - sum(counts.values())
    ids = {table: list(known) for table, known in ids.items()}
    out: dict[str, list[dict]] = {}
    for table, count in counts.items():
        resource = resources[table]
        rules = columns(resource)
        references = {fk["fields"]: ids[fk["reference"]["resource"]] for fk in _keys(resource)}
        references["document_id"] = sorted(evidence)
        prefix = resource.schema["fields"][0]["example"].split("-")[0]
        rows = []
        for number in range(1, count + 1):
            record: dict = {"id": f"{prefix}-BENCH-{number:07d}"}
            for name, column in rules.items():
                if name in record or name in DOSE_FIELDS:
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


def _keys(resource) -> list[dict]:
    schema = resource.schema
    return schema.get("foreignKeys", []) + schema.get("mscexo:listForeignKeys", [])


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


def run(command: list[str], expect: int = 0) -> tuple[float, float, int]:
    """Wall seconds, peak memory in MB and exit code of one command in a fresh process;
    stops the benchmark when the exit code is not the one expected."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
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
    return elapsed, usage.ru_maxrss / 1024, code


def stages(n: int, documents: Path, rdf_max: int) -> dict[str, tuple[float, float, int]]:
    """Build, rebuild, diff and export of the synthetic curation of size n (already written)."""
    base = HERE / "files" / f"build-{n}"
    cli = [sys.executable, "-m", "mscexo.cli"]
    first, second = base / "datapackage", base / "datapackage-changed"
    third = base / "datapackage-broken"  # never written: the build refuses the curation
    for package in (first, second):
        shutil.rmtree(package, ignore_errors=True)
    build = [*cli, "build", "--root", str(ROOT), "--documents", str(documents.resolve())]
    results = {
        "build": run([*build, "--curation", str(base / "curation"), "--output", str(first)]),
        "rebuild (--previous)": run(
            [
                *build,
                *("--curation", str(base / "curation-changed"), "--output", str(second)),
                *("--previous", str(first)),
            ]
        ),
        "build, 1% broken (exit 1)": run(
            [*build, "--curation", str(base / "curation-broken"), "--output", str(third)],
            1 if n else 0,  # the baseline has nothing to break
        ),
        "diff": run([*cli, "diff", str(first), str(second)]),
    }
    schema = base / "schema"
    if not schema.exists():
        schema.symlink_to(ROOT / "schema")
    for fmt in EXPORTS:
        if fmt == "ttl" and n > rdf_max:
            continue
        target = base / f"export.{fmt}"
        target.unlink(missing_ok=True)
        command = [sys.executable, "-c", EXPORT_CODE, str(base), "export", "--format", fmt]
        results[f"export {fmt}"] = run([*command, "-o", str(target)])
    return results


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
    args = parser.parse_args()
    curation = ROOT / "curation"
    ids, evidence = real_ids(curation), snippets(curation, args.documents)
    results: dict[int, dict[str, tuple[float, float, int]]] = {}
    print("| synthetic records | stage | time (s) | peak memory (MB) |")
    print("| ---: | --- | ---: | ---: |")
    for n in [0, *sorted(args.records)]:
        base = HERE / "files" / f"build-{n}"
        records = synthetic(n, ids, evidence)
        write_curation(records, curation, base / "curation")
        write_curation(change(records), curation, base / "curation-changed")
        write_curation(corrupt(records), curation, base / "curation-broken")
        results[n] = stages(n, args.documents, args.rdf_max_records)
        for stage, (seconds, memory, _) in results[n].items():
            print(f"| {n:,} | {stage} | {seconds:.2f} | {memory:.0f} |", flush=True)
    print("\nGrowth: the ratio of each size to the one 10x smaller (10 = linear); in brackets, the")
    print("same ratio above the baseline of 0 synthetic records (fixed start-up cost removed).\n")
    sizes = sorted(args.records)
    pairs = [(a, b) for a, b in zip(sizes, sizes[1:], strict=False) if b == 10 * a]
    header = " | ".join(f"time {b // 1000}k/{a // 1000}k" for a, b in pairs)
    print(f"| stage | {header} | peak memory at {sizes[-1]:,} (above baseline) |")
    print("| --- |" + " ---: |" * (len(pairs) + 1))
    for stage in results[0]:
        cells = []
        for a, b in pairs:
            if stage not in results[b]:
                cells.append("")
                continue
            t0, ta, tb = (results[k][stage][0] for k in (0, a, b))
            cells.append(f"{tb / ta:.1f} ({(tb - t0) / max(ta - t0, 1e-3):.1f})")
        last = results[sizes[-1]].get(stage)
        memory = f"{last[1]:.0f} MB (+{last[1] - results[0][stage][1]:.0f})" if last else ""
        print(f"| {stage} | {' | '.join(cells)} | {memory} |")


if __name__ == "__main__":
    main()
