"""``station profiles check``: the library side of the command, free of printing."""

from __future__ import annotations

from pathlib import Path

from station.core.folders import display_path
from station.profiles.loader import clashes_with_known, inspect_paths
from station.profiles.locations import default_profile_dirs

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_NOTHING_TO_CHECK = 2


def check_command(paths: list[str]) -> tuple[int, list[str]]:
    """Check profile files or folders; return the exit code and the lines to print.

    With no paths, the default profile folders are checked; given paths are also checked
    against the profiles in those folders (an id taken twice). Each problem is one
    line; a file without errors gets an ``ok`` line; the last line sums up.
    Exit code 0 when nothing is wrong (warnings allowed), 1 when any profile
    has an error, 2 when there was no profile to check.
    """
    if paths:
        targets = [Path(p) for p in paths]
    else:
        targets = [d for d in default_profile_dirs() if d.is_dir()]
        if not targets:
            looked = ", ".join(display_path(d) for d in default_profile_dirs())
            return EXIT_NOTHING_TO_CHECK, [
                f"no profile folders found (looked in {looked}); "
                "give a profile file or folder to check"
            ]

    profiles, problems = inspect_paths(targets)
    if paths:
        # Checked alone, a file must still not take the id of a profile the station knows.
        problems += clashes_with_known(profiles, default_profile_dirs())
    lines = [str(problem) for problem in problems]
    failed_files = {p.file for p in problems if p.is_error}
    for file, profile in profiles.items():
        if file not in failed_files and profile is not None:
            lines.append(f"{display_path(file)}: ok (profile {profile.id!r})")

    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not profiles and not errors:
        where = ", ".join(display_path(t) for t in targets)
        return EXIT_NOTHING_TO_CHECK, [f"no .toml profiles in {where}; nothing to check"]
    lines.append(f"checked {len(profiles)} profile(s): {errors} error(s), {warnings} warning(s)")
    return (EXIT_PROBLEMS if errors else EXIT_OK), lines
