"""MSC-Exo: mesenchymal stem cell-derived exosomes, as a versioned, citable data package.

>>> import mscexo
>>> mscexo.tables()                       # names of the tables
>>> mscexo.load("clinical_trials")        # a pyarrow.Table
>>> mscexo.load("clinical_trials", as_="pandas")
>>> con = mscexo.connect()                # DuckDB, every table a view
>>> mscexo.schema()["version"], mscexo.__version__

Importing the package reads nothing and imports no heavy library; each function loads what it
needs when called.
"""

from mscexo.load import connect, load, schema, tables

__all__ = ["__version__", "connect", "load", "schema", "tables"]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from mscexo.load import version

        return version()
    raise AttributeError(f"module 'mscexo' has no attribute {name!r}")
