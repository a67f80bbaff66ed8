"""Device-ID templates such as ``{prefix}-{mac}`` or ``{prefix}{n:06d}``.

A template is a Python format string limited to a few named placeholders, so
that a profile can never reach attributes or run code through it.
"""

from __future__ import annotations

import string

# Which placeholders each rule offers, and which one it needs to make IDs unique.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "mac": ("prefix", "mac", "serial"),
    "counter": ("prefix", "n", "serial"),
}
REQUIRED: dict[str, str] = {"mac": "mac", "counter": "n"}
DEFAULT_TEMPLATES: dict[str, str] = {"mac": "{prefix}-{mac}", "counter": "{prefix}{n:06d}"}


def template_problems(template: str, rule: str) -> list[str]:
    """Return what is wrong with ``template`` for ``rule``, one message per problem.

    Each message reads ``<what is wrong>; <what is allowed>``. An empty list
    means the template can be rendered with :func:`render_template`.
    """
    allowed = PLACEHOLDERS.get(rule)
    if allowed is None:
        return [f"rule {rule!r} does not use a template; remove it"]
    allowed_words = ", ".join("{" + name + "}" for name in allowed)
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return [f"{template!r} is not a valid template ({exc}); "
                "write placeholders as {name}, and literal braces as {{ and }}"]

    problems: list[str] = []
    seen: set[str] = set()
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in allowed:
            shown = "{}" if field == "" else "{" + field + "}"
            problems.append(f"placeholder {shown} is not allowed; allowed: {allowed_words}")
            continue
        seen.add(field)
        if conversion:
            problems.append(
                f"placeholder {{{field}!{conversion}}} has a conversion; "
                f"write {{{field}}} without '!{conversion}'"
            )
        if spec and field != "n":
            problems.append(
                f"placeholder {{{field}:{spec}}} has a format spec; only {{n}} takes one "
                "(e.g. {n:06d})"
            )
        elif spec:
            try:
                format(1, spec)
            except ValueError:
                problems.append(
                    f"format spec {spec!r} in {{n:{spec}}} does not format a number; "
                    "allowed: integer specs such as 06d or 04x"
                )
    required = REQUIRED[rule]
    if required not in seen:
        problems.append(
            f"template {template!r} lacks {{{required}}}, which makes each device ID unique; "
            f"add it (e.g. {DEFAULT_TEMPLATES[rule]!r})"
        )
    return problems


def render_template(
    template: str, *, prefix: str = "", mac: str = "", serial: str = "", n: int = 0
) -> str:
    """Fill a template that :func:`template_problems` accepted."""
    return template.format(prefix=prefix, mac=mac, serial=serial, n=n)
