"""YAML loading that remembers where every value came from.

Errors in a spec must name file:line, so mappings and sequences are loaded
into dict/list subclasses that carry the line of each key and item.  Duplicate
keys, which PyYAML silently merges, are reported as errors.
"""

import yaml


class SpecError(Exception):
    """A problem in a spec or in the headers it is checked against.

    `where` is "file:line" (or just "file"); the message says what is wrong
    and, where it helps, what is allowed.
    """

    def __init__(self, where, message):
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


class Located:
    """Mixin: `file`, `line` (1-based) of the node and `key_lines` per key."""

    file = "?"
    line = 0

    def where(self, key=None):
        line = self.line
        if key is not None:
            lines = getattr(self, "key_lines", None) or getattr(self, "item_lines", None)
            if lines is not None:
                try:
                    line = lines[key]
                except (KeyError, IndexError, TypeError):
                    pass
        return f"{self.file}:{line}"


class LDict(dict, Located):
    pass


class LList(list, Located):
    pass


class LStr(str, Located):
    pass


def _make_loader(filename):
    class Loader(yaml.SafeLoader):
        pass

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)  # resolves "<<: *anchor" merges
        result = LDict()
        result.file = filename
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise SpecError(f"{filename}:{key_node.start_mark.line + 1}",
                                f"mapping keys must be strings, found {key!r}")
            if key in result:
                if getattr(key_node, "fdk_merged", False):
                    continue  # an explicit key overrides one merged from an anchor
                raise SpecError(f"{filename}:{key_node.start_mark.line + 1}",
                                f"duplicate key '{key}' (first at line {result.key_lines[key]})")
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def flatten_mapping(loader, node):
        # Mark keys that come from a merge so that an explicit key may
        # override them without being reported as a duplicate.
        merge_values = []
        rest = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                if isinstance(value_node, yaml.MappingNode):
                    loader.flatten_mapping(value_node)
                    merge_values.extend(value_node.value)
                elif isinstance(value_node, yaml.SequenceNode):
                    for sub in value_node.value:
                        loader.flatten_mapping(sub)
                        merge_values.extend(sub.value)
                else:
                    raise SpecError(f"{filename}:{value_node.start_mark.line + 1}",
                                    "'<<' must merge a mapping or a list of mappings")
            else:
                rest.append((key_node, value_node))
        explicit = {k.value for k, _ in rest if isinstance(k, yaml.ScalarNode)}
        merged = []
        for key_node, value_node in merge_values:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value in explicit:
                continue
            key_node = yaml.ScalarNode(key_node.tag, key_node.value, key_node.start_mark,
                                       key_node.end_mark, key_node.style)
            key_node.fdk_merged = True
            merged.append((key_node, value_node))
        node.value = rest + merged

    def construct_sequence(loader, node, deep=False):
        result = LList()
        result.file = filename
        result.line = node.start_mark.line + 1
        result.item_lines = []
        for child in node.value:
            result.append(loader.construct_object(child, deep=True))
            result.item_lines.append(child.start_mark.line + 1)
        return result

    def construct_str(loader, node):
        s = LStr(loader.construct_scalar(node))
        s.file = filename
        s.line = node.start_mark.line + 1
        return s

    Loader.flatten_mapping = flatten_mapping
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_sequence)
    Loader.add_constructor("tag:yaml.org,2002:str", construct_str)
    return Loader


def load_yaml(path, display_name=None):
    """Load one YAML file; raise SpecError with file:line on any problem."""
    name = display_name or str(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise SpecError(name, f"cannot read: {e.strerror}") from None
    try:
        data = yaml.load(text, Loader=_make_loader(name))  # noqa: S506 - SafeLoader subclass
    except SpecError:
        raise
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or str(e)
        if e.context:
            what = f"{what} ({e.context})"
        raise SpecError(f"{name}:{line}", f"malformed YAML: {what}") from None
    except yaml.YAMLError as e:
        raise SpecError(name, f"malformed YAML: {e}") from None
    if data is None:
        raise SpecError(f"{name}:1", "the file is empty")
    if not isinstance(data, dict):
        raise SpecError(f"{name}:1", "the top level must be a mapping")
    return data
