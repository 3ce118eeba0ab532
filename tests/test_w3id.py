"""The w3id.org redirect prepared in `w3id/mscexo/`: every RewriteRule sends
`https://w3id.org/mscexo/...` to one of the project's own URLs, and every file it names exists.

The project's URLs come from `pyproject.toml` ([project.urls] Source, the GitHub repository):
its GitHub Pages site and the raw files of its `main` branch.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HTACCESS = ROOT / "w3id" / "mscexo" / ".htaccess"
RULE = re.compile(r"^RewriteRule\s+(\S+)\s+(\S+)(?:\s+\[([^\]]*)\])?\s*$")


def _rules(text: str) -> list[tuple[str, str, str]]:
    """(pattern, target, flags) of every RewriteRule line."""
    rules = []
    for line in text.splitlines():
        if line.startswith("RewriteRule"):
            match = RULE.match(line)
            assert match, f"unreadable rule: {line}"
            rules.append((match[1], match[2], match[3] or ""))
    return rules


def project_urls() -> tuple[str, str]:
    """(site, raw files) URLs of the project, from its GitHub repository."""
    # tomllib is Python 3.11+ and the project supports 3.10: read the one line.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    source = re.search(r'^Source = "https://github\.com/([^/"]+)/([^/"]+)"$', pyproject, re.M)
    assert source, "pyproject.toml names no GitHub Source URL"
    owner, repo = source.groups()
    return (
        f"https://{owner}.github.io/{repo}/",
        f"https://raw.githubusercontent.com/{owner}/{repo}/main/",
    )


def target_problem(target: str) -> str | None:
    """Why a rule's target is not one of the project's URLs, or None when it is."""
    site, raw = project_urls()
    if target.startswith(site):
        return None
    if target.startswith(raw):
        path = target.removeprefix(raw)
        return None if (ROOT / path).is_file() else f"{target}: no file {path} in the repository"
    return f"{target}: not a URL of the project"


def test_the_redirect_has_rules_and_turns_the_engine_on():
    text = HTACCESS.read_text(encoding="utf-8")
    assert "RewriteEngine on" in text
    assert len(_rules(text)) >= 3


def test_every_target_is_a_project_url():
    problems = [target_problem(target) for _, target, _ in _rules(HTACCESS.read_text())]
    assert [p for p in problems if p] == []


def test_every_rule_redirects_and_stops():
    for pattern, _, flags in _rules(HTACCESS.read_text()):
        assert "R=302" in flags and "L" in flags.split(","), pattern


def test_the_schema_id_is_redirected_to_the_schema_file():
    schema_id = yaml.safe_load((ROOT / "schema" / "mscexo.yaml").read_text())["id"]
    path = schema_id.removeprefix("https://w3id.org/mscexo/")
    first = next(t for p, t, _ in _rules(HTACCESS.read_text()) if re.match(p, path))
    assert first == project_urls()[1] + "schema/mscexo.yaml"


@pytest.mark.parametrize(
    "target",
    [
        "https://example.org/mscexo/",
        "https://raw.githubusercontent.com/mscexo/mscexo/main/schema/missing.yaml",
        "http://mscexo.github.io/mscexo/",
    ],
)
def test_a_foreign_or_missing_target_is_reported(target: str):
    assert target_problem(target) is not None
