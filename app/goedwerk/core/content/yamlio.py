"""YAML reading that remembers on which line every mapping and key stands.

Aliases (``*name``) are refused with the line of their anchor: content and pack files never
need them, and nine levels of aliases in 600 bytes expand to billions of values.
"""

from __future__ import annotations

from typing import Any

import yaml

from goedwerk.core.i18n import _

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A dict from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 1
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the mapping itself when the key is absent."""
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list from YAML that knows the line of each element (1-based)."""

    line: int = 1
    item_lines: list[int]

    def line_at(self, index: int) -> int:
        """The line of element ``index``."""
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe YAML loader whose mappings are ``LineDict`` and whose lists are ``LineList`` instances."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[str, int]] = []

    def get_single_data(self) -> Any:
        """The document's data; an alias anywhere in it is a ``ComposerError`` with its line."""
        node = self.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node)
        return self.construct_document(node)


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise when a node is reached twice: the composer shares the node of every alias."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(
                None, None, _("verwijzingen (*naam) zijn niet toegestaan"), node.start_mark
            )
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            key = str(key)
        if key in result:
            loader.duplicate_keys.append((str(key), key_node.start_mark.line + 1))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
# Dates stay text: an impossible date such as 2026-13-01 must be a reported problem, not a
# crash in PyYAML's timestamp constructor; callers that want dates validate the text.
LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class YamlProblem(Exception):
    """A YAML document could not be read; ``line`` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load(
    text: str, first_line: int = 1, loader: type[LineLoader] | None = None
) -> tuple[Any, list[tuple[str, int]]]:
    """Parse ``text``; return the data and duplicate keys. Raise ``YamlProblem`` on bad syntax.

    ``first_line`` is the file line on which ``text`` starts (for front matter); ``loader`` a
    ``LineLoader`` subclass with more constructors (pack files keep times as text).
    """
    reader = (loader or LineLoader)(text)
    try:
        data = reader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem(_error_line(exc, text) + first_line, _describe(exc)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(first_line, str(exc).splitlines()[0]) from None
    finally:
        reader.dispose()
    if first_line != 1:
        _shift(data, first_line - 1)
    dups = [(key, line + first_line - 1) for key, line in reader.duplicate_keys]
    return data, dups


def _error_line(exc: yaml.MarkedYAMLError, text: str) -> int:
    """The 0-based line of the mistake itself, not of where PyYAML noticed it.

    The scanner notices a key without ':' or an unclosed quote only on a later line (or at the
    end); its context mark is where that key or quote starts. The parser's problem mark is the
    offending token; when that is the end of the text, the last line with text on it.
    """
    if isinstance(exc, yaml.scanner.ScannerError) and exc.context_mark is not None:
        return exc.context_mark.line
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return 0
    if not text[mark.index :].strip():
        return text[: mark.index].rstrip().count("\n")
    return mark.line


def _describe(exc: yaml.MarkedYAMLError) -> str:
    parts = [p for p in (exc.context, exc.problem) if p]
    return " ".join(parts) if parts else "ongeldige YAML"


def _shift(data: Any, offset: int) -> None:
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift(value, offset)
    elif isinstance(data, list):
        if isinstance(data, LineList):
            data.line += offset
            data.item_lines = [line + offset for line in data.item_lines]
        for value in data:
            _shift(value, offset)


def dump(data: Any) -> str:
    """Write ``data`` as block-style YAML that keeps Dutch characters readable."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
