"""YAML read safely (no object is ever constructed), with the line each mapping starts on, so
that a problem in a curation or record file can name its line.

PyYAML's pure-Python parser takes minutes on a file of 100 MB; libyaml's C parser does the
same work about twenty times faster and gives the same marks (line and column) to every event
and node, so both loaders here use it when PyYAML was built with it (`yaml.__with_libyaml__`),
and fall back to the pure-Python parser, with the same results and lines, when it was not.
Only the parser is C: resolving and constructing values stays PyYAML's safe constructor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from mscexo.errors import DataError, Problem


class Mapping(dict):
    """A YAML mapping that remembers the line it starts on (1-based)."""

    line: int | None = None


#: Whether libyaml's C parser is used (PyYAML built with it).
WITH_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


def event_loader() -> type[Any]:
    """The safe loader class whose events are read: libyaml's C parser when available."""
    return yaml.CSafeLoader if WITH_LIBYAML else yaml.SafeLoader


class LineLoader(yaml.SafeLoader):
    """Safe loader (no object construction) whose mappings carry their line number."""


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> Mapping:
    mapping = Mapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

if WITH_LIBYAML:

    class CLineLoader(yaml.CSafeLoader):
        """The same with libyaml's C parser (its nodes carry the same marks)."""

    CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def line_loader() -> type[Any]:
    """The loader `read_yaml` uses: C-parsed when libyaml is there."""
    return CLineLoader if WITH_LIBYAML else LineLoader


def read_yaml(path: Path) -> Any:
    """Parse a YAML file safely; a syntax error becomes a DataError with its line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=line_loader())  # noqa: S506 - safe loaders only
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
    except ValueError as exc:  # a value PyYAML resolves but cannot build
        too_long = "digits" in str(exc)
        raise DataError(
            [
                Problem(
                    code="number-too-long" if too_long else "yaml-syntax",
                    message=(
                        "a number has more digits than can be read (at most 4,300)"
                        if too_long
                        else f"not valid YAML: a value cannot be read ({exc})"
                    ),
                    file=str(path),
                    hint="check the values of the file; quote a value meant as text",
                )
            ]
        ) from None
