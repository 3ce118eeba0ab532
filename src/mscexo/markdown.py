"""Markdown that is safe to post where others read it: a pull-request comment, a changelog.

A value from a contribution may hold anything: a pipe that would split a table cell, a
backtick that would end a code span, HTML, a link, an `@mention` that would notify someone.
Values therefore go into code spans (where GitHub renders no HTML, link, mention or issue
reference), and prose is escaped character by character. Control characters, newlines
included, are shown escaped (`\\x0a`), so a value stays on its row of a table.
"""

from __future__ import annotations

import re

from mscexo.errors import printable

#: The ASCII punctuation that can start Markdown or HTML inside a line (emphasis, code, link,
#: image, tag, entity, strikethrough, heading, table pipe), which a backslash makes literal.
_PUNCTUATION = re.compile(r"([\\`*_\[\]<>&|~#!])")


def code(value: object) -> str:
    """`value` as an inline code span that survives inside a table cell.

    The fence is one backtick longer than the longest run of backticks in the value; a
    space pads the value when it starts or ends with a backtick or a space (CommonMark takes
    one such space off each side). A pipe is written `\\|`, as GFM tables require even
    inside code spans. An empty value is shown as *(empty)*."""
    text = printable(value)
    if not text:
        return "*(empty)*"
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    if text[0] in "` " or text[-1] in "` ":
        text = f" {text} "
    return f"{fence}{text.replace('|', chr(92) + '|')}{fence}"


def text(value: object) -> str:
    """`value` as literal prose: the punctuation Markdown acts on backslash-escaped (so no
    emphasis, link, HTML tag, entity or table pipe), and `@` set in a code span so that it
    mentions no one."""
    escaped = _PUNCTUATION.sub(r"\\\1", printable(value))
    return escaped.replace("@", "`@`")
