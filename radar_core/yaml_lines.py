"""Where in a YAML file a validation error points: ``rules/risk.yml:42 rules[3].within_days``.

Sources, patterns, rules, places and linker weights are declared as YAML and validated by
pydantic, whose errors carry a location path but no line. Every loader composes the file
into nodes and asks these functions for the line, so the answer is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml


def node_at(root: yaml.Node | None, loc: Sequence[Any]) -> yaml.Node | None:
    """The node at a pydantic location path, or the deepest node of it that exists.

    A missing key or index stops the walk at its parent (the mapping or list that lacks
    it), which is where a person has to look.
    """
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            match = node.value[part]
        else:
            match = None
        if match is None:
            break
        node = match
    return node


def line_of(root: yaml.Node | None, loc: Sequence[Any]) -> int:
    """The 1-based line of ``node_at(root, loc)``; 1 when there is no node at all."""
    node = node_at(root, loc)
    return node.start_mark.line + 1 if node is not None else 1


def loc_text(loc: Sequence[Any]) -> str:
    """A location path as people write it: ``("sources", 1, "reliability")`` ->
    ``sources[1].reliability``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
