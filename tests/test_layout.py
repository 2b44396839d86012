"""The layout holds: dependencies point one way, no module takes another's
private names, the extractors stay pure, and the wheel lists every package."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
TOPS = ("extractors", "pipeline")


def project_modules() -> dict[str, Path]:
    """``vanban.pipeline.store.core`` -> its file, for every module of the package."""
    modules = {}
    for top in TOPS:
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules["vanban." + ".".join(parts)] = path
    return modules


def imports_of(path: Path, modules: dict[str, Path]) -> list[tuple[str, str]]:
    """(module imported, name taken) for every import in the file, those inside
    functions included; ``name`` is empty for a plain ``import``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in modules:  # a submodule
                    found.append((full, ""))
                else:
                    found.append((node.module, alias.name))
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names]
    return found


def import_graph() -> tuple[dict[str, set[str]], list[str]]:
    modules = project_modules()
    edges: dict[str, set[str]] = defaultdict(set)
    private = []
    for module, path in modules.items():
        for target, name in imports_of(path, modules):
            if target in modules and target != module:
                # a package's __init__ re-exporting its own children is not a cycle
                if not (target.startswith(module + ".") or module.startswith(target + ".")):
                    edges[module].add(target)
                if name.startswith("_") and not name.startswith("__"):
                    private.append(f"{module} takes {name} from {target}")
    return edges, private


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_and_no_private_name_across_modules():
    edges, private = import_graph()
    assert edges, "no imports found: the scan is broken"
    assert cycles(edges) == []
    assert private == []


def test_extractors_are_pure():
    modules = project_modules()
    for module, path in modules.items():
        if not module.startswith("vanban.extractors"):
            continue
        for target, _ in imports_of(path, modules):
            assert not target.startswith(("vanban.pipeline", "spacy", "sqlite", "tools")), (module, target)


def test_nothing_installed_imports_the_tools():
    modules = project_modules()
    for module, path in modules.items():
        for target, _ in imports_of(path, modules):
            assert not target.startswith("tools"), (module, target)


def test_the_wheel_lists_every_package():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"]
    )
    folders = {
        "vanban." + ".".join(p.parent.relative_to(ROOT).parts)
        for top in TOPS
        for p in (ROOT / top).rglob("__init__.py")
    }
    assert listed == folders
