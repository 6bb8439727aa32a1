"""The default install needs nothing but the package registry, on every platform the lock is for.

Reads the lock as `uv export --format pylock.toml` gives it (the packages a `uv sync --frozen` with those
options installs, each with the index and files it comes from), so what is checked is what uv installs.
"""

import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags, mac_platforms
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = "https://pypi.org/simple"
REGISTRY_FILES = "https://files.pythonhosted.org/"
UV = shutil.which("uv", path=str(ROOT / ".tools" / "bin")) or shutil.which("uv")
needs_uv = pytest.mark.skipif(UV is None, reason="uv is not installed (make installs it in .tools/)")


def exported(*options: str) -> list[dict[str, Any]]:
    """The packages of the lock that a sync with these options installs."""
    assert UV is not None
    result = subprocess.run(
        [UV, "export", "--frozen", "--no-emit-project", "--format", "pylock.toml", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    packages: list[dict[str, Any]] = tomllib.loads(result.stdout)["packages"]
    return packages


def files(package: dict[str, Any]) -> list[str]:
    """Where each file of a package comes from: its URL, or its path when it is on a local disk."""
    found = [w.get("url") or w.get("path", "") for w in package.get("wheels", [])]
    if "sdist" in package:
        found.append(package["sdist"].get("url") or package["sdist"].get("path", ""))
    return found


def local_sources(packages: list[dict[str, Any]]) -> list[str]:
    """The packages that come from anywhere but the registry."""
    return sorted(
        f"{p['name']} {p['version']} from {p.get('index')}"
        for p in packages
        if p.get("index") != REGISTRY or not all(f.startswith(REGISTRY_FILES) for f in files(p))
    )


@needs_uv
@pytest.mark.parametrize(
    ("options", "local"),
    [
        ((), []),
        (("--no-dev",), []),
        # the stanza extra takes torch's CPU build from the local wheel folder on Linux x86-64, Python 3.11
        (("--extra", "stanza"), ["torch 2.13.0+cpu from file:///opt/wheels"]),
    ],
)
def test_only_the_stanza_extra_needs_a_local_wheel(options: tuple[str, ...], local: list[str]) -> None:
    assert local_sources(exported(*options)) == local


LINUX_GLIBC = 28
"""Linux wheels checked against glibc 2.28 (Debian 10, RHEL 8, Ubuntu 20.04 have it or later)."""


def platform_tags(system: str, machine: str) -> list[str]:
    if system == "darwin":
        return list(mac_platforms((14, 0), machine))
    return [f"manylinux_2_{minor}_{machine}" for minor in range(LINUX_GLIBC, 16, -1)] + [
        f"manylinux2014_{machine}"
    ]


PLATFORMS = [
    (system, machine, python)
    for system, machine in [
        ("linux", "x86_64"),
        ("linux", "aarch64"),
        ("darwin", "x86_64"),
        ("darwin", "arm64"),
    ]
    for python in [(3, 11), (3, 12), (3, 13)]
    # python-crfsuite has no Intel-mac wheel for Python 3.12 and later: the lock leaves them out
    if (system, machine) != ("darwin", "x86_64") or python == (3, 11)
]


@needs_uv
@pytest.mark.parametrize(("system", "machine", "python"), PLATFORMS)
def test_every_default_package_installs_on(system: str, machine: str, python: tuple[int, int]) -> None:
    environment = {
        "sys_platform": system,
        "platform_system": {"linux": "Linux", "darwin": "Darwin"}[system],
        "platform_machine": machine,
        "python_version": f"{python[0]}.{python[1]}",
        "python_full_version": f"{python[0]}.{python[1]}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "os_name": "posix",
    }
    platforms = platform_tags(system, machine)
    supported: set[Tag] = {
        *cpython_tags(python, platforms=platforms),
        *compatible_tags(python, platforms=platforms),
    }
    uninstallable, installed = [], set()
    for package in exported():
        if "marker" in package and not Marker(package["marker"]).evaluate(environment):
            continue
        installed.add(canonicalize_name(package["name"]))
        wheel_tags = {
            tag
            for f in files(package)
            if f.endswith(".whl")
            for tag in parse_wheel_filename(f.rsplit("/", 1)[-1])[3]
        }
        # a project that publishes no wheels at all is pure Python (docopt); one whose wheels leave out this
        # platform would be built from source here, needing a compiler (cryptography's Rust)
        if (wheel_tags and not wheel_tags & supported) or (not wheel_tags and "sdist" not in package):
            uninstallable.append(package["name"])
    assert uninstallable == []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {canonicalize_name(Requirement(r).name) for r in project["dependencies"]} <= installed
