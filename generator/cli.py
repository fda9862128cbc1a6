"""Command line: parse arguments, call one function per command, map outcomes to exit codes.

Exit status: 0 done, 1 the content has errors, 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from generator import __version__
from generator.build import BuildOptions, BuildResult, build
from generator.diagnostics import ContentError, Diagnostics
from generator.report import Reporter

# Under run(), which ends the process with os._exit: what a command built is kept here, so
# that returning from the command does not free it object by object (0.01 s at 1,000 articles).
_kept: list[object] | None = None


def _keep(result: object) -> None:
    if _kept is not None:
        _kept.append(result)


def _iso_date(text: str) -> str:
    """argparse type: a YYYY-MM-DD date (a bad one is a usage error, exit 2)."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD, e.g. 2024-11-10") from None
    return text


def _site_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-s", "--site", type=Path, default=Path("."), metavar="SITE",
                        help="the site folder (default: the current folder)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print more detail")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="explainer", description="Build static news-explainer sites.")
    parser.add_argument("--version", action="version", version=f"explainer {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("build", help="build the site")
    _site_args(p)
    p.add_argument("-o", "--out", type=Path, default=None, metavar="OUT", help="output folder (default: SITE/public)")
    p.add_argument("--base-url", default=None, metavar="URL", help="override base_url of site.yaml")
    p.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    p.add_argument("--future", action="store_true", help="include articles dated in the future")

    p = commands.add_parser("check", help="validate the site without writing anything")
    _site_args(p)
    p.add_argument("--strict", action="store_true", help="fail on warnings too")

    p = commands.add_parser("serve", help="build, serve, rebuild and reload on change")
    _site_args(p)
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS", help="address (default: 127.0.0.1)")
    p.add_argument("--no-drafts", dest="drafts", action="store_false", help="leave drafts out (shown by default)")
    p.add_argument("--future", action="store_true", help="include articles dated in the future")

    p = commands.add_parser("new", help="start a new content file")
    p.add_argument("kind", choices=["article", "actor"], help="what to start")
    p.add_argument("name", help="the article's title or the actor's name")
    _site_args(p)

    p = commands.add_parser("import", help="draft an article from raw wire copy")
    p.add_argument("file", type=Path, metavar="FILE", help="the plain-text story")
    _site_args(p)
    p.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="the story's publication date")
    p.add_argument("--actors", action="store_true", help="also write draft files for new actors")

    p = commands.add_parser("init", help="start a new site")
    p.add_argument("dir", type=Path, metavar="DIR", help="folder for the new site (new or empty)")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def summary(result: BuildResult) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.pages.items()))
    return f"{sum(result.pages.values())} pages ({counts}), {len(result.paths)} files in {result.seconds:.2f} s"


def cmd_build(args: argparse.Namespace, report: Reporter) -> int:
    options = BuildOptions(site_root=args.site, out=args.out, base_url=args.base_url,
                           drafts=args.drafts, future=args.future, progress=report.stage)
    try:
        result = build(options, Diagnostics())
    finally:
        report.stages_done()
    _keep(result)
    report.diagnostics(result.diagnostics.warnings)
    report.success(f"built {summary(result)} → {options.out_dir}")
    return 0


def cmd_check(args: argparse.Namespace, report: Reporter) -> int:
    from generator.linkcheck import check_links
    from generator.write import MemoryOutput

    try:
        # Drafts and future articles are checked too: they are what authors are working on.
        output = MemoryOutput()
        result = build(BuildOptions(site_root=args.site, write=False, drafts=True, future=True,
                                    progress=report.stage), Diagnostics(), output=output)
    finally:
        report.stages_done()
    _keep(result)
    later = ("pagefind/",) if result.config.search else ()  # the search index, written after rendering
    links = check_links(output.files, result.config.base_url, result.diagnostics, later)
    errors, warnings = result.diagnostics.errors, result.diagnostics.warnings
    report.diagnostics(errors + warnings, warnings_too=args.strict)
    if errors:
        report.error(f"check failed: {len(errors)} broken link{'s' if len(errors) != 1 else ''}")
        return 1
    if args.strict and warnings:
        report.error(f"check failed: {len(warnings)} warning{'s' if len(warnings) != 1 else ''} (--strict)")
        return 1
    report.success(f"check passed: {summary(result)} checked (drafts included), {links} internal links resolve, "
                   f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}")
    return 0


def cmd_serve(args: argparse.Namespace, report: Reporter) -> int:
    from generator.serve import serve

    gc.enable()  # a long-running process: each rebuild's garbage is collected (run() turned it off)
    options = BuildOptions(site_root=args.site, drafts=args.drafts, future=args.future, serve=True)
    return serve(options, bind=args.bind, port=args.port, report=report)


def cmd_new(args: argparse.Namespace, report: Reporter) -> int:
    from generator.scaffold import new_content

    return new_content(args.site, args.kind, args.name, report)


def cmd_import(args: argparse.Namespace, report: Reporter) -> int:
    from generator.importer import import_wire

    return import_wire(args.file, args.site, date=args.date, make_actors=args.actors, report=report)


def cmd_init(args: argparse.Namespace, report: Reporter) -> int:
    from generator.scaffold import init_site

    return init_site(args.dir, report)


COMMANDS = {"build": cmd_build, "check": cmd_check, "serve": cmd_serve, "new": cmd_new,
            "import": cmd_import, "init": cmd_init}


def run() -> NoReturn:
    """The ``explainer`` command: ``main()``, then end the process without freeing its heap.

    A large build leaves a large heap, and freeing it object by object at interpreter exit
    took about 0.08 s of a 1,000-article build, for nothing. Every command has closed its
    files, workers and temporary folders by the time ``main()`` returns; only the standard
    streams are left to flush. For the same reason the cyclic garbage collector stays off
    in this one-shot process (except under ``serve``): turned back on after a build, its
    first pass scanned every object the build had made, about 0.02 s, just before exit.
    The build's result is kept alive until then too (``_kept``), so that returning from
    the command does not free it either.
    """
    global _kept
    gc.disable()
    _kept = []
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`explainer build | head`)
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status (0 ok, 1 content errors, 2 bad usage, 130 interrupted).

    ``--help`` and ``--version`` print and return 0; a usage error prints argparse's message
    and returns 2, so a caller embedding the command gets a status rather than an exit.
    """
    try:
        args = make_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits after --help, --version or a usage error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    report = Reporter(quiet=getattr(args, "quiet", False), verbose=getattr(args, "verbose", False))
    if hasattr(args, "site") and not args.site.is_dir():
        print(f"explainer: error: site folder '{args.site}' does not exist", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args, report)
    except ContentError as exc:
        report.diagnostics(exc.diagnostics)
        errors = sum(1 for d in exc.diagnostics if d.severity == "error")
        print(f"explainer: {errors} error{'s' if errors != 1 else ''}; nothing was written", file=sys.stderr)
        return 1
    except OSError as exc:  # the file system refused: a folder that cannot be made, a full disk
        problem = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
        print(f"explainer: error: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
