"""Markdown for pull requests: escaping (`mscexo.markdown`) and `mscexo validate --format
markdown` (`mscexo.contribution.report.to_markdown`), checked by rendering the output with a
CommonMark parser with GitHub's tables (markdown-it-py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from mscexo import markdown
from mscexo.cli import main
from mscexo.contribution import report as report_module

DATA = Path(__file__).parent / "data" / "contributions"

#: Values a contribution might hold that Markdown or HTML would act on.
HOSTILE = [
    "a | b",
    "``double`` and `single`",
    "`",
    " spaced ",
    "<img src=x onerror=alert(1)>",
    "<!-- hidden",
    "&amp; &lt;",
    "*bold* _em_ ~~gone~~",
    "[link](https://example.org) ![image](x.png)",
    "@someone #12",
    "line\nbreak\r\x1b[2J",
    "back\\slash\\|",
]


def render(text: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def _cells(html: str) -> list[str]:
    """The inner HTML of every body cell of the first table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<td>(.*?)</td>", body, flags=re.S)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_is_one_code_span_in_its_own_cell(value: str):
    html = render(f"| a | b |\n| --- | --- |\n| {markdown.code(value)} | after |\n")
    cells = _cells(html)
    assert len(cells) == 2 and cells[1] == "after"
    shown = markdown.printable(value)
    escaped = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert cells[0] == f"<code>{escaped.replace(chr(34), '&quot;')}</code>"


@pytest.mark.parametrize("value", HOSTILE)
def test_prose_is_literal(value: str):
    html = render(f"| a | b |\n| --- | --- |\n| {markdown.text(value)} | after |\n")
    cells = _cells(html)
    assert len(cells) == 2 and cells[1] == "after"
    # No element but the code span that keeps `@` from mentioning anyone.
    assert cells[0].replace("<code>@</code>", "@").count("<") == 0
    assert "\n" not in cells[0] and "\x1b" not in cells[0]


def test_empty_value_is_named():
    assert markdown.code("") == "*(empty)*"


def _validate(tmp_path: Path, monkeypatch, capsys, name: str, table: str) -> tuple[int, str]:
    shutil.copy(DATA / "invalid" / name, tmp_path / f"{table}.csv")
    monkeypatch.chdir(tmp_path)
    code = main(["validate", f"{table}.csv", "--format", "markdown"])
    return code, capsys.readouterr().out


def test_validate_markdown_lists_problems_by_code(tmp_path: Path, monkeypatch, capsys):
    code, out = _validate(tmp_path, monkeypatch, capsys, "enum.csv", "clinical_trials")
    assert code == 1
    assert out.startswith(report_module.MARKDOWN_MARKER + "\n### MSC-Exo validation: INVALID")
    assert "**INVALID: 2 error(s), 0 warning(s)** in `clinical_trials.csv`" in out
    assert "| error | `enum` | 2 |" in out and "#### error `enum`: 2" in out
    assert (
        "| row 3 | `CT-TEST-002` | `phase` | `PHASE1` | hint: did you mean 'phase1'? "
        "('PHASE1' is the code of releases before 1.0) |"
    ) in out
    html = render(out)
    assert "<h3>MSC-Exo validation: INVALID</h3>" in html and html.count("<table>") == 2


def test_validate_markdown_agrees_with_json(tmp_path: Path, monkeypatch, capsys):
    """Every problem of the JSON report is a row of the Markdown report."""
    _, out = _validate(tmp_path, monkeypatch, capsys, "placeholder.csv", "clinical_trials")
    assert main(["validate", "clinical_trials.csv", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    for problem in report["problems"]:
        row = f"| row {problem['row']} | `{problem['record_id']}` | `{problem['field']}` |"
        assert row in out


def test_validate_markdown_of_valid_data(capsys):
    path = DATA / "valid" / "package"
    assert main(["validate", str(path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "### MSC-Exo validation: VALID" in out and "**VALID: 0 error(s)" in out


def test_validate_markdown_escapes_values_and_caps_the_listing(tmp_path: Path, monkeypatch, capsys):
    """A hostile value stays one code span; beyond MARKDOWN_PER_CODE problems of one code,
    the rest are counted."""
    monkeypatch.setattr(report_module, "MARKDOWN_PER_CODE", 2)
    header = "id,clinical_study_type,product_type,document_id,locator,evidence,phase"
    rows = [
        f"CT-TEST-00{i},clinical_trial,exosome,doi:10.1155/2021/2616807,Table 3,COVID-19,"
        f'"| <b>x</b> `{i}`"'
        for i in range(1, 4)
    ]
    (tmp_path / "clinical_trials.csv").write_text("\n".join([header, *rows]) + "\n")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "clinical_trials.csv", "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert "#### error `enum`: 3" in out and "… and 1 more" in out
    assert "| `` \\| <b>x</b> `1` `` |" in out
    html = render(out)
    assert "<b>" not in html and "<code>| &lt;b&gt;x&lt;/b&gt; `1`</code>" in html


def test_the_docs_show_real_markdown_output(tmp_path: Path, monkeypatch, capsys):
    """docs/validate.md shows the worked example's Markdown report as the CLI prints it, and
    the listing limit it states is the code's."""
    _, out = _validate(tmp_path, monkeypatch, capsys, "enum.csv", "clinical_trials")
    docs = (Path(__file__).parents[1] / "docs" / "validate.md").read_text(encoding="utf-8")
    section = docs.split("## The Markdown report", 1)[1].split("\n## ", 1)[0]
    assert f"````markdown\n{out}````" in section, "update the Markdown report in the docs"
    assert f"at most {report_module.MARKDOWN_PER_CODE} problems are listed per code" in section
