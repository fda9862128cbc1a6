"""Time the YAML loader over a corpus's front matter and timeline files (CPU time, best of N runs).

    python benchmarks/yaml_load.py CORPUS [RUNS] [OLD_YAMLFILE_PY]

CORPUS is a site folder (e.g. made by make_corpus.py). With OLD_YAMLFILE_PY (an older
generator/load/yamlfile.py, e.g. from ``git show REV:generator/load/yamlfile.py > old.py``), both are
timed in turns and their ratio printed.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import generator.load.yamlfile as current


def documents(site: Path) -> list[tuple[str, int]]:
    docs = []
    for path in sorted((site / "content").rglob("*")):
        if path.suffix == ".md":
            split = current.split_front_matter(current.decode_text(path.read_bytes()))
            if split.front:
                docs.append((split.front, split.front_line - 1))
        elif path.suffix in (".yaml", ".yml"):
            docs.append((current.decode_text(path.read_bytes()), 0))
    return docs


def load_module(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("yamlfile_old", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["yamlfile_old"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    docs = documents(Path(sys.argv[1]))
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    loaders = {"current": current}
    if len(sys.argv) > 3:
        loaders["old"] = load_module(sys.argv[3])
    best = dict.fromkeys(loaders, float("inf"))
    for _ in range(runs):
        for name, module in loaders.items():
            started = time.process_time()
            for text, offset in docs:
                module.parse_yaml(text, offset)
            best[name] = min(best[name], time.process_time() - started)
    shown = ", ".join(f"{name} {seconds * 1000:.1f} ms" for name, seconds in best.items())
    ratio = f", current/old = {best['current'] / best['old']:.2f}" if "old" in best else ""
    print(f"{len(docs)} YAML documents, best CPU time of {runs} runs: {shown}{ratio}")


if __name__ == "__main__":
    main()
