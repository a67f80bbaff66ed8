"""One problem in a profile, and the translation of pydantic's errors into such problems.

Every problem renders as one line an engineer can act on:
``<file>: <key.path>: <what is wrong>; <what is allowed>``.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from station.core.folders import display_path
from station.profiles.model import Profile

Severity = Literal["error", "warning"]
Problem = tuple[str, str, Severity]  # what a check finds: key path, message, severity
Found = Iterator[Problem]


@dataclass(frozen=True)
class ProfileProblem:
    """Something wrong (or doubtful, for a warning) in one profile file."""

    file: Path
    key: str
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return f"{display_path(self.file)}: {self.key}: {label}{self.message}"


def dotted(loc: tuple[int | str, ...]) -> str:
    """``('storage', 'items', 2, 'key')`` -> ``storage.items[2].key``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(profile)"


# Patterns in the model, said in words.
_PATTERN_WORDS = {
    r"^[a-z0-9][a-z0-9._-]*$": "lowercase letters, digits, '.', '_' and '-', "
    "starting with a letter or digit",
    r"^[0-9a-fA-F]{64}$": "64 hex digits, as `sha256sum <file>` prints them",
}

_TYPE_WORDS = {
    "string_type": "text in quotes",
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "model_type": "a table",
    "dict_type": "a table",
}


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types inside ``X | None``, ``list[X]`` stays as is."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def _walk(loc: tuple[int | str, ...]) -> tuple[tuple[int | str, ...], type[BaseModel], Any]:
    """Follow ``loc`` through the Profile model.

    Returns the loc without pydantic's union tags, the model that holds the
    last key, and that key's annotation (None when the loc ends at a model).
    """
    clean: list[int | str] = []
    model: type[BaseModel] = Profile
    annotation: Any = Profile
    for part in loc:
        if isinstance(part, int):
            clean.append(part)
            inner = [typing.get_args(a)[0] for a in _unwrap(annotation)
                     if typing.get_origin(a) is list]
            annotation = inner[0] if inner else None
            continue
        candidates = [a for a in _unwrap(annotation)
                      if isinstance(a, type) and issubclass(a, BaseModel)]
        if candidates and part in candidates[0].model_fields:
            model = candidates[0]
            annotation = model.model_fields[part].annotation
            clean.append(part)
        elif candidates:
            # An unknown key: keep it, there is nothing below it to follow.
            model = candidates[0]
            annotation = None
            clean.append(part)
        # Otherwise a union member's tag such as 'str' or 'int': not a key.
    return tuple(clean), model, annotation


def _choices(annotation: Any) -> list[str]:
    """The values a Literal or Enum annotation allows (inside lists and optionals too)."""
    for candidate in _unwrap(annotation):
        if typing.get_origin(candidate) is list:
            return _choices(typing.get_args(candidate)[0])
        if typing.get_origin(candidate) is Literal:
            return [str(v) for v in typing.get_args(candidate)]
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return [str(member.value) for member in candidate]
    return []


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_RANGE_ERRORS = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")


def _range_words(model: type[BaseModel], key: str) -> str:
    """The range a numeric field allows, e.g. ``300 to 5000000``, from its constraints."""
    field = model.model_fields.get(key)
    # pydantic keeps ge and le as annotated-types objects; the model states ranges with those.
    rules = field.metadata if field else []
    low = next((rule.ge for rule in rules if hasattr(rule, "ge")), None)
    high = next((rule.le for rule in rules if hasattr(rule, "le")), None)
    if low is not None and high is not None:
        return f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}" if high is not None else "a number"


def _describe(errors: list[dict[str, Any]], model: type[BaseModel], annotation: Any,
              key: str) -> str:
    first = errors[0]
    kind = first["type"]
    value = first.get("input")
    if kind == "extra_forbidden":
        keys = list(model.model_fields)
        close = difflib.get_close_matches(key, keys, n=1)
        guess = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown key{guess}; allowed keys here: {', '.join(keys)}"
    if kind in ("literal_error", "enum"):
        return f"{_shown(value)} is not allowed; allowed: {', '.join(_choices(annotation))}"
    if kind == "missing":
        choices = _choices(annotation)
        if choices:
            allowed = f"add it, one of {', '.join(choices)}"
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            allowed = f"add a [{dotted(tuple(errors[0]['loc']))}] table"
        else:
            allowed = "add it"
        return f"required key is missing; {allowed}"
    if kind == "string_pattern_mismatch":
        pattern = first["ctx"]["pattern"]
        return f"{_shown(value)} is not allowed; allowed: {_PATTERN_WORDS.get(pattern, pattern)}"
    if kind in ("string_too_long", "too_long"):
        limit = first["ctx"]["max_length"]
        return f"{_shown(value)} is too long; allowed: at most {limit} characters"
    if kind == "string_too_short":
        return "is empty; allowed: at least one character"
    if kind == "too_short":
        return f"has too few entries; allowed: at least {first['ctx']['min_length']}"
    if kind in _RANGE_ERRORS:
        return f"{_shown(value)} is out of range; allowed: {_range_words(model, key)}"
    if kind == "finite_number":
        return f"{_shown(value)} is not a finite number; allowed: {_range_words(model, key)}"
    if kind == "value_error":
        message = str(first["ctx"]["error"])
        return message if ";" in message else f"{message}; fix this value"
    if all(e["type"] in _TYPE_WORDS for e in errors):
        wanted = " or ".join(dict.fromkeys(_TYPE_WORDS[e["type"]] for e in errors))
        return f"got {_shown(value)}; allowed: {wanted}"
    message = first["msg"].removeprefix("Input should be ")
    return f"got {_shown(value)}; allowed: {message}"


def problems_from_validation(file: Path, error: ValidationError) -> list[ProfileProblem]:
    """One problem per key that pydantic refused (union alternatives merged)."""
    grouped: dict[tuple[int | str, ...], list[dict[str, Any]]] = {}
    context: dict[tuple[int | str, ...], tuple[type[BaseModel], Any]] = {}
    for entry in error.errors():
        clean, model, annotation = _walk(tuple(entry["loc"]))
        grouped.setdefault(clean, []).append(dict(entry))
        context.setdefault(clean, (model, annotation))
    problems = []
    for loc, entries in grouped.items():
        model, annotation = context[loc]
        key = str(loc[-1]) if loc else ""
        problems.append(ProfileProblem(file, dotted(loc), _describe(entries, model, annotation,
                                                                     key)))
    return problems
