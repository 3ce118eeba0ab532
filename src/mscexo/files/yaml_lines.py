"""YAML read safely (no object is ever constructed), with the line each mapping starts on, so
that a problem in a curation or record file can name its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from mscexo.errors import DataError, Problem


class Mapping(dict):
    """A YAML mapping that remembers the line it starts on (1-based)."""

    line: int | None = None


class LineLoader(yaml.SafeLoader):
    """Safe loader (no object construction) whose mappings carry their line number."""


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> Mapping:
    mapping = Mapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file safely; a syntax error becomes a DataError with its line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(
            [
                Problem(
                    code="yaml-syntax",
                    message=f"not valid YAML: {getattr(exc, 'problem', exc)}",
                    file=str(path),
                    line=mark.line + 1 if mark else None,
                    hint="check indentation and quoting around the line shown",
                )
            ]
        ) from None
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(code="encoding", message=f"not UTF-8: {exc.reason}", file=str(path))]
        ) from None
