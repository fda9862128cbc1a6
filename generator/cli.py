"""Command line: parse arguments, call one function per command, map outcomes to exit codes.

Exit status: 0 done, 1 the content has errors, 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.build import BuildOptions, BuildResult, build
from generator.diagnostics import ContentError, Diagnostic, Diagnostics


class Reporter:
    """Everything the commands print goes through here (tests can capture it)."""

    def __init__(self, quiet: bool = False, verbose: bool = False, out=None, err=None) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.out)

    def detail(self, message: str) -> None:
        if self.verbose:
            print(message, file=self.out)

    def diagnostics(self, items: Sequence[Diagnostic]) -> None:
        for item in sorted(set(items)):
            if item.severity == "error" or not self.quiet:
                print(item, file=self.err)


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
    return parser


def summary(result: BuildResult) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.pages.items()))
    return f"{sum(result.pages.values())} pages ({counts}), {len(result.files)} files in {result.seconds:.2f} s"


def cmd_build(args: argparse.Namespace, report: Reporter) -> int:
    options = BuildOptions(site_root=args.site, out=args.out, base_url=args.base_url,
                           drafts=args.drafts, future=args.future)
    result = build(options, Diagnostics())
    report.diagnostics(result.diagnostics.warnings)
    report.info(f"built {summary(result)} → {options.out_dir}")
    return 0


def cmd_check(args: argparse.Namespace, report: Reporter) -> int:
    result = build(BuildOptions(site_root=args.site, write=False), Diagnostics())
    warnings = result.diagnostics.warnings
    report.diagnostics(warnings)
    if args.strict and warnings:
        report.info(f"check failed: {len(warnings)} warnings (--strict)")
        return 1
    report.info(f"check passed: {summary(result)} would be written, {len(warnings)} warnings")
    return 0


COMMANDS = {"build": cmd_build, "check": cmd_check}


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
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
    except KeyboardInterrupt:
        return 130
