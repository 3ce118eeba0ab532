"""MkDocs hooks: add the generated pages (mscexo.publish.site) to the site at build time and fill in
the release summary on the home page. Nothing generated is written into docs/."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

from mscexo.publish import site

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = "<!-- mscexo:release-summary -->"


def on_files(files, config):
    for path, content in site.generate(changelog=ROOT / "CHANGELOG.md").items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    if SUMMARY in markdown:
        markdown = markdown.replace(SUMMARY, site.release_summary())
    return markdown
