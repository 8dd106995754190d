"""Domain knowledge: the YAML files under schema/, loaded and validated.

Everything the pipeline knows about reports that is not code lives there: the
indicator vocabulary, the rules that name indicators, the grammar of figures,
site chrome, heading markers and metadata cues. Each file is checked against its
JSON Schema in schema/meta/ when it is loaded, and the rules are checked
against the vocabulary, so a typo is an error that names the file, not a silent
miss.
"""
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

from .errors import KnowledgeError

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
KNOWLEDGE_FILES = ("indicators", "rules", "quantities", "boilerplate", "structure", "metadata", "script", "checks", "headline",
                   "labels")


# libyaml's parser when PyYAML was built with it (its wheels are): the same documents, read
# about eight times faster, and every build process reads all of schema/ once.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(SAFE_LOADER):
    """The safe loader, refusing a key a mapping holds twice: YAML keeps the last one silently, so a rule's second
    `not_after` would replace its first and undo what that one kept out."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError("while reading a mapping", node.start_mark,
                                                        f"found the key {key!r} twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _load_yaml(path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(path, f"cannot be read as YAML: {error}") from error


def _validate(name, data, schema_dir):
    meta = json.loads((schema_dir / "meta" / f"{name}.schema.json").read_text(encoding="utf-8"))
    checker = jsonschema.Draft202012Validator(meta, format_checker=jsonschema.FormatChecker())
    errors = sorted(checker.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top)"
        raise KnowledgeError(schema_dir / f"{name}.yml", f"at {where}: {first.message}")


def _check_cross_references(knowledge, schema_dir):
    vocabulary = knowledge["indicators"]
    ids = [i["id"] for i in vocabulary["indicators"]]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise KnowledgeError(schema_dir / "indicators.yml", f"indicator ids repeat: {sorted(duplicates)}")
    for indicator in vocabulary["indicators"]:
        if indicator["domain"] not in vocabulary["domains"]:
            raise KnowledgeError(schema_dir / "indicators.yml",
                                 f"indicator {indicator['id']} names unknown domain {indicator['domain']!r}")
    for domain in knowledge["structure"]["domain_headings"]:
        if domain not in vocabulary["domains"]:
            raise KnowledgeError(schema_dir / "structure.yml", f"domain_headings names unknown domain {domain!r}")
    grammar = knowledge["quantities"]
    unknown_kinds = sorted(set(grammar.get("not_quantity_needs", {})) - set(grammar["not_quantities"]))
    if unknown_kinds:
        raise KnowledgeError(schema_dir / "quantities.yml", f"not_quantity_needs names no kind of not_quantities: {unknown_kinds}")
    metadata = knowledge["metadata"]
    unknown_patterns = sorted(key for key in metadata.get("pattern_needs", {}) if not isinstance(metadata.get(key), str))
    if unknown_patterns:
        raise KnowledgeError(schema_dir / "metadata.yml", f"pattern_needs names no pattern of the file: {unknown_patterns}")
    for check in knowledge["checks"]["parts"]:
        unknown = sorted({check["part"], check["whole"]} - set(ids))
        if unknown:
            raise KnowledgeError(schema_dir / "checks.yml", f"check {check['check']} names unknown indicators {unknown}")
    for group in knowledge["rules"]["kindred"]:
        unknown = sorted(set(group) - set(ids))
        if unknown:
            raise KnowledgeError(schema_dir / "rules.yml", f"kindred names unknown indicators {unknown}")
    for lump in knowledge["rules"]["lumped_as"]:
        unknown = sorted((set(lump["kinds"]) | {lump["as"]}) - set(ids))
        if unknown or lump["as"] not in lump["kinds"]:
            raise KnowledgeError(schema_dir / "rules.yml", f"lumped_as {lump} names unknown indicators {unknown} "
                                                           "or a broader kind not among its kinds")
    for number, rule in enumerate(knowledge["rules"]["rules"]):
        if rule["indicator"] not in ids:
            raise KnowledgeError(schema_dir / "rules.yml",
                                 f"rule {number} names unknown indicator {rule['indicator']!r}; "
                                 f"add it to indicators.yml or fix the spelling")
    for domain in knowledge["rules"]["domain_not"]:
        if domain not in vocabulary["domains"]:
            raise KnowledgeError(schema_dir / "rules.yml", f"domain_not names unknown domain {domain!r}")


def _with_domain_not(rules, vocabulary):
    """The rules, each with its indicator's domain's `domain_not` words among its own `not` words."""
    domains = {indicator["id"]: indicator["domain"] for indicator in vocabulary["indicators"]}
    words = rules["domain_not"]
    return [{**rule, "not": [*words[domains[rule["indicator"]]], *rule.get("not", ())]}
            if domains[rule["indicator"]] in words else rule for rule in rules["rules"]]


def _check_labels(knowledge, schema_dir):
    """Every code value a published table allows has its Chinese label in labels.yml."""
    labels = knowledge["labels"]
    for table in sorted((schema_dir / "tables").glob("*.json")):
        for field in json.loads(table.read_text(encoding="utf-8"))["fields"]:
            missing = [v for v in field.get("constraints", {}).get("enum", []) if v not in labels.get(field["name"], {})]
            if missing:
                raise KnowledgeError(schema_dir / "labels.yml", f"no Chinese label for {field['name']} "
                                                                f"{', '.join(missing)} (allowed in tables/{table.name})")


def load_knowledge(schema_dir=SCHEMA_DIR):
    """Return {file name: validated content} for every knowledge file."""
    return _load_knowledge(Path(schema_dir).resolve())


@lru_cache(maxsize=4)
def _load_knowledge(schema_dir):
    knowledge = {}
    for name in KNOWLEDGE_FILES:
        data = _load_yaml(schema_dir / f"{name}.yml")
        _validate(name, data, schema_dir)
        knowledge[name] = data
    _check_cross_references(knowledge, schema_dir)
    knowledge["rules"]["rules"] = _with_domain_not(knowledge["rules"], knowledge["indicators"])
    _check_labels(knowledge, schema_dir)
    knowledge["schema_dir"] = schema_dir
    return knowledge


def indicator_index(knowledge):
    """Indicator id -> indicator entry of the vocabulary."""
    return {i["id"]: i for i in knowledge["indicators"]["indicators"]}


def table_schema_path(knowledge, table):
    """Path of the Table Schema of one published table (reports, indicators, ...)."""
    return knowledge["schema_dir"] / "tables" / f"{table}.json"
