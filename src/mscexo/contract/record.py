"""A record and the table it belongs to: the two things every check talks about."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from mscexo.errors import Problem

if TYPE_CHECKING:
    from mscexo.contract.cells import Column

#: The generated Table Schemas of every table, relative to the data root.
TABLE_SCHEMA = Path("schema/generated/tableschema.json")


@dataclass
class Record:
    """One record and where it was written (`line` of a text file, `index` in its list)."""

    table: str
    data: dict[str, Any]
    file: str
    index: int
    line: int | None
    parsed: BaseModel | None = None

    def valid(self) -> BaseModel:
        """The record as its model parsed it; only a record that passed validation has it."""
        if self.parsed is None:
            raise ValueError(f"{self.table}[{self.index}] of {self.file} was not validated")
        return self.parsed

    def problem(self, code: str, message: str, **kwargs: Any) -> Problem:
        return Problem(
            code=code,
            message=message,
            file=self.file,
            line=self.line,
            table=self.table,
            record=self.index,
            record_id=str(self.data.get("id")) if self.data.get("id") is not None else None,
            **kwargs,
        )


@dataclass
class Resource:
    """A table of the package as the generated Table Schema describes it."""

    name: str
    class_name: str
    description: str
    schema: dict[str, Any]

    @property
    def fields(self) -> list[dict[str, Any]]:
        return self.schema["fields"]

    @property
    def primary_key(self) -> str:
        return self.schema["primaryKey"][0]

    def field(self, name: str) -> dict[str, Any] | None:
        return next((f for f in self.fields if f["name"] == name), None)

    @cached_property
    def rules(self) -> dict[str, Column]:
        """The contract's column rules (`cells.Column`), compiled once."""
        from mscexo.contract.cells import columns

        return columns(self)

    def model(self) -> type[BaseModel]:
        """The generated pydantic class of the table, imported on first use: a valid table
        file is checked by the vectorised rules alone and never needs it."""
        from mscexo.datamodel import models

        return getattr(models, self.class_name)


def read_resources(root: Path) -> list[Resource]:
    """The tables of the package, from the generated Table Schemas."""
    data = json.loads((root / TABLE_SCHEMA).read_text(encoding="utf-8"))
    return [
        Resource(r["name"], r["class"], r["description"], r["schema"]) for r in data["resources"]
    ]
