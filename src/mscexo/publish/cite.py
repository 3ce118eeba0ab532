"""How to cite a release of MSC-Exo, and the source documents behind it.

Everything comes from the built package (`datapackage.json` and the `documents` table), so
the citation of an installed release is always that release's own. `CITATION.cff` and
`.zenodo.json` at the root of the repository are this module's output, checked for drift.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from mscexo.contract.cells import columns, decode
from mscexo.contract.record import Resource
from mscexo.files.package import Package
from mscexo.publish.metadata import HOMEPAGE

FORMATS = ("text", "bibtex", "cff", "ris", "zenodo")
#: Zenodo's licence identifiers for the SPDX ids the package may use.
ZENODO_LICENCES = {"CC-BY-4.0": "cc-by-4.0", "CC0-1.0": "cc-zero", "CC-BY-NC-4.0": "cc-by-nc-4.0"}


#: The resolver of ORCID iDs: a curator's `path` in datapackage.json is their iD's URL.
ORCID_URL = "https://orcid.org/"


@dataclass(frozen=True)
class Author:
    """An author of the release: a curator named in the curation (with family and given
    names, and an ORCID iD if they have one), or a collective author (a name only)."""

    name: str
    family: str | None = None
    given: str | None = None
    #: The ORCID iD without its resolver (0000-0002-1825-0097).
    orcid: str | None = None

    @classmethod
    def of(cls, contributor: dict[str, Any]) -> Author:
        """An author from a Data Package contributor (`title`, `familyName`, `givenName`,
        and `path` when it is an ORCID iD's URL)."""
        path = contributor.get("path") or ""
        return cls(
            name=contributor["title"],
            family=contributor.get("familyName"),
            given=contributor.get("givenName"),
            orcid=path.removeprefix(ORCID_URL) if path.startswith(ORCID_URL) else None,
        )

    @property
    def inverted(self) -> str:
        """ "Family, Given" (for BibTeX, RIS and Zenodo); a collective name as it is."""
        if self.family:
            return f"{self.family}, {self.given}" if self.given else self.family
        return _inverted(self.name)

    def bibtex(self) -> str:
        """A BibTeX name: "Family, Given"; a collective name braced, so BibTeX never splits
        it."""
        return self.inverted if self.family else _bibtex_name(self.name)

    def cff(self) -> dict[str, str]:
        """A CFF person (family and given names) or entity, with the ORCID iD's URL."""
        if self.family:
            person = {"family-names": self.family} | (
                {"given-names": self.given} if self.given else {}
            )
        else:
            person = _cff_person(self.name)
        return person | ({"orcid": ORCID_URL + self.orcid} if self.orcid else {})

    def zenodo(self) -> dict[str, str]:
        """A Zenodo creator: "Family, Given", and the bare ORCID iD."""
        name = self.inverted if self.family else self.name
        return {"name": name} | ({"orcid": self.orcid} if self.orcid else {})


@dataclass
class Citation:
    """The citable facts of one built release."""

    name: str
    title: str
    version: str
    date: str
    licence: str
    description: str
    keywords: list[str]
    #: The curators of the release (its contributors in datapackage.json), or its
    #: collective author while the curation names none.
    authors: list[Author]
    documents: list[dict[str, Any]]
    #: The project's web page: the package's `homepage` if it declares one, else the project's.
    url: str = HOMEPAGE
    #: The release's DOI (without resolver), once an archive minted one and the release
    #: recorded it (`curation/release.yaml`, then `datapackage.json`'s `id`).
    doi: str | None = None

    @classmethod
    def of(cls, package: Package) -> Citation:
        """The citation of a built package."""
        resource = package.resource("documents")
        rules = columns(Resource("documents", "", "", resource["schema"]))
        documents = [
            {k: decode(v, rules[k]) if rules[k].is_list else v for k, v in row.items() if v}
            for row in package.rows("documents")
        ]
        # Citation formats want the SPDX id, which the schema gives as the licence code's meaning.
        spdx = resource["schema"]["fields"][list(rules).index("licence")].get("mscexo:meanings", {})
        for document in documents:
            if document.get("licence") in spdx:
                document["licence"] = spdx[document["licence"]].removeprefix("spdx:")
        return cls.from_descriptor(package.descriptor, documents)

    @classmethod
    def from_descriptor(
        cls, descriptor: dict[str, Any], documents: list[dict[str, Any]]
    ) -> Citation:
        return cls(
            name=descriptor["name"],
            title=descriptor["title"],
            version=descriptor["version"],
            date=descriptor["created"][:10],
            licence=descriptor["licenses"][0]["name"],
            description=descriptor.get("description", ""),
            keywords=descriptor.get("keywords", []),
            authors=[Author.of(c) for c in descriptor.get("contributors", [])],
            documents=sorted(documents, key=lambda d: (d.get("year", ""), d["id"])),
            url=descriptor.get("homepage") or HOMEPAGE,
            doi=_package_doi(descriptor),
        )

    @property
    def year(self) -> str:
        return self.date[:4]


def _package_doi(descriptor: dict[str, Any]) -> str | None:
    """The DOI in a descriptor's `id` (`https://doi.org/10...`), if it is one."""
    found = re.fullmatch(r"https://doi\.org/(10\.[0-9]{4,9}/\S+)", descriptor.get("id") or "")
    return found[1] if found else None


def _authors(document: dict[str, Any]) -> list[str]:
    return list(document.get("authors") or [])


def _doi_url(document: dict[str, Any]) -> str | None:
    return f"https://doi.org/{document['doi']}" if document.get("doi") else None


#: Initials as the documents table stores them after the surname: "JB" in "Foo JB".
_INITIALS = re.compile(r"[A-Z]{1,4}")


def _name_parts(author: str) -> tuple[str, str] | None:
    """("Foo", "J. B.") for "Foo JB"; None for a name without initials (an organisation)."""
    surname, _, initials = author.strip().rpartition(" ")
    if not surname or not _INITIALS.fullmatch(initials):
        return None
    return surname, " ".join(f"{letter}." for letter in initials)


def _inverted(author: str) -> str:
    """The name as BibTeX and RIS order it, "Surname, I. N.", or as is if it has no initials."""
    parts = _name_parts(author)
    return f"{parts[0]}, {parts[1]}" if parts else author


def _bibtex_name(author: str) -> str:
    """A BibTeX name: "Foo, J. B."; an organisation braced, so BibTeX never splits it."""
    return _inverted(author) if _name_parts(author) else f"{{{author}}}"


def _cff_person(author: str) -> dict[str, str]:
    parts = _name_parts(author)
    return {"family-names": parts[0], "given-names": parts[1]} if parts else {"name": author}


def _pages(document: dict[str, Any]) -> tuple[str, str | None] | None:
    """(first, last) page of "100-109", or (article number, None) where there are no pages."""
    if document.get("pages"):
        first, *last = re.split(r"\s*[-\u2013\u2014]+\s*", document["pages"].strip(), maxsplit=1)
        return first, last[0] if last else None
    if document.get("article_number"):
        return document["article_number"], None
    return None


#: Characters a BibTeX key may keep, once accents are stripped.
_KEY_UNSAFE = re.compile(r"[^a-z0-9-]")


def _bibtex_key(document: dict[str, Any]) -> str:
    """The first author's surname in ASCII (accents stripped, other characters dropped), then
    the year: "alvarez-viejo2020" for "Álvarez-Viejo M" (2020); "anon" where nothing is left."""
    authors = _authors(document)
    name = ""
    if authors:
        parts = _name_parts(authors[0])
        name = parts[0] if parts else authors[0].split()[0]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = _KEY_UNSAFE.sub("", ascii_name.lower()).strip("-")
    return (stem or "anon") + document.get("year", "")


def _bibtex_keys(documents: list[dict[str, Any]]) -> list[str]:
    """One key per document, in order: a key already taken gets "b", "c", ... appended."""
    keys: list[str] = []
    for document in documents:
        key = base = _bibtex_key(document)
        suffix = 1
        while key in keys:
            suffix += 1
            key = base + _letters(suffix)
        keys.append(key)
    return keys


def _letters(number: int) -> str:
    """2 -> "b", 26 -> "z", 27 -> "aa": a spreadsheet-style column label."""
    label = ""
    while number:
        number, rest = divmod(number - 1, 26)
        label = chr(ord("a") + rest) + label
    return label


# ----- the release ---------------------------------------------------------------------------


def text(release: Citation) -> str:
    return (
        f"{', '.join(a.name for a in release.authors)} ({release.year}). {release.title} "
        f"(version {release.version}, released {release.date}) [Data set]. "
        f"Licence {release.licence}. "
        + (f"https://doi.org/{release.doi}" if release.doi else release.url)
    )


def bibtex(release: Citation) -> str:
    key = f"{release.name}_{release.version.replace('.', '_')}"
    fields = {
        "title": f"{{{release.title}}}",
        "author": " and ".join(a.bibtex() for a in release.authors),
        "year": release.year,
        "version": release.version,
        "date": release.date,
        "url": release.url,
        **({"doi": release.doi} if release.doi else {}),
        "note": f"Data set, licence {release.licence}",
    }
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@misc{{{key},\n{body}\n}}"


def ris(release: Citation) -> str:
    lines = ["TY  - DATA", f"TI  - {release.title}"]
    lines += [f"AU  - {a.inverted}" for a in release.authors]
    lines += [
        f"PY  - {release.year}",
        f"DA  - {release.date.replace('-', '/')}",
        f"ET  - {release.version}",
        f"AB  - {release.description}",
        *[f"KW  - {k}" for k in release.keywords],
        f"UR  - {release.url}",
        *([f"DO  - {release.doi}"] if release.doi else []),
        "ER  - ",
    ]
    return "\n".join(lines)


def _cff_reference(document: dict[str, Any]) -> dict[str, Any]:
    reference: dict[str, Any] = {
        "type": "article",
        "title": document["title"],
        "authors": [_cff_person(a) for a in _authors(document)] or [{"name": "Unknown"}],
    }
    for key, name in [("journal", "journal"), ("volume", "volume"), ("issue", "issue")]:
        if document.get(key):
            reference[name] = document[key]
    if document.get("year"):
        reference["year"] = int(document["year"])
    for key in ("doi", "pmcid"):
        if document.get(key):
            reference[key] = document[key]
    if _doi_url(document):
        reference["url"] = _doi_url(document)
    if re.fullmatch(r"CC[0-9A-Z.-]*", document.get("licence", "")):  # SPDX ids only
        reference["license"] = document["licence"]
    return reference


def cff(release: Citation) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the release, citing its sources."""
    content = {
        "cff-version": "1.2.0",
        "message": "If you use MSC-Exo, please cite the exact release you used, and the source "
        "documents behind the facts you rely on.",
        "type": "dataset",
        "title": release.title,
        "abstract": release.description,
        "authors": [a.cff() for a in release.authors],
        "version": release.version,
        "date-released": release.date,
        "license": release.licence,
        "url": release.url,
        **({"doi": release.doi} if release.doi else {}),
        "keywords": release.keywords,
        "references": [_cff_reference(d) for d in release.documents],
    }
    header = "# Generated by `mscexo cite --format cff`; do not edit by hand.\n"
    return header + yaml.safe_dump(content, sort_keys=False, allow_unicode=True, width=100)


def zenodo(release: Citation) -> str:
    """.zenodo.json: the deposit metadata Zenodo reads when a release is archived."""
    content = {
        "title": f"{release.title} ({release.version})",
        "upload_type": "dataset",
        "description": release.description,
        "version": release.version,
        "publication_date": release.date,
        "license": ZENODO_LICENCES.get(release.licence, release.licence.lower()),
        "creators": [a.zenodo() for a in release.authors],
        "keywords": release.keywords,
        "related_identifiers": [
            {"identifier": d["doi"], "relation": "isDerivedFrom", "scheme": "doi"}
            for d in release.documents
            if d.get("doi")
        ],
    }
    return json.dumps(content, indent=2, ensure_ascii=False)


# ----- the sources ---------------------------------------------------------------------------


def source_text(document: dict[str, Any]) -> str:
    authors = _authors(document)
    who = ", ".join(authors[:3]) + (" et al." if len(authors) > 3 else "") if authors else ""
    where = ", ".join(
        part
        for part in [
            document.get("journal"),
            document.get("volume") and f"vol. {document['volume']}",
            document.get("issue") and f"no. {document['issue']}",
            document.get("pages") or document.get("article_number"),
        ]
        if part
    )
    link = _doi_url(document) or (f"PMID {document['pmid']}" if document.get("pmid") else "")
    return " ".join(
        p
        for p in [
            f"{who} ({document.get('year', 'n.d.')}).",
            f"{document['title']}.",
            f"{where}.",
            link,
        ]
        if p
    ).replace(" .", "")


def source_bibtex(document: dict[str, str], key: str | None = None) -> str:
    """A BibTeX @article; `key` defaults to the document's own (see `_bibtex_keys`)."""
    pages = _pages(document)
    fields = {
        "title": f"{{{document['title']}}}",
        "author": " and ".join(_bibtex_name(a) for a in _authors(document)),
        "journal": document.get("journal"),
        "year": document.get("year"),
        "volume": document.get("volume"),
        "number": document.get("issue"),
        "pages": pages and "--".join(p for p in pages if p),
        "doi": document.get("doi"),
        "url": _doi_url(document),
        "pmid": document.get("pmid"),
    }
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
    return f"@article{{{key or _bibtex_key(document)},\n{body}\n}}"


def source_ris(document: dict[str, Any]) -> str:
    lines = ["TY  - JOUR", f"TI  - {document['title']}"]
    lines += [f"AU  - {_inverted(a)}" for a in _authors(document)]
    for tag, key in [("JO", "journal"), ("PY", "year"), ("VL", "volume"), ("IS", "issue")]:
        if document.get(key):
            lines.append(f"{tag}  - {document[key]}")
    pages = _pages(document)
    if pages:
        lines.append(f"SP  - {pages[0]}")
        if pages[1]:
            lines.append(f"EP  - {pages[1]}")
    if document.get("doi"):
        lines.append(f"DO  - {document['doi']}")
        lines.append(f"UR  - {_doi_url(document)}")
    lines.append("ER  - ")
    return "\n".join(lines)


def render(release: Citation, fmt: str, sources: bool = False) -> str:
    """The citation of the release, or with `sources` of its documents, in a format."""
    if fmt not in FORMATS or (sources and fmt == "zenodo"):
        raise ValueError(f"no {fmt} format" + (" for the sources" if sources else ""))
    if not sources:
        return {"text": text, "bibtex": bibtex, "cff": cff, "ris": ris, "zenodo": zenodo}[fmt](
            release
        )
    if fmt == "cff":
        references = [_cff_reference(d) for d in release.documents]
        return yaml.safe_dump({"references": references}, sort_keys=False, allow_unicode=True)
    if fmt == "bibtex":
        keys = _bibtex_keys(release.documents)
        return "\n\n".join(
            source_bibtex(d, k) for d, k in zip(release.documents, keys, strict=True)
        )
    one = {"text": source_text, "ris": source_ris}[fmt]
    return "\n\n".join(one(d) for d in release.documents)
