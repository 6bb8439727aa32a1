"""The `kazevents` command.

    kazevents run [--input DIR] [--output DIR] [--backend offline|stanza] [--allow-shrink] [--verbose]
    kazevents serve --cron "0 3 * * *" [--input DIR] [--output DIR]
    kazevents models download [--dir DIR] [--lang kk ru tr]
    kazevents models train kk|tr
    kazevents rules report --input DIR [--input DIR ...]
    kazevents --version

`run` prints a line for each stage and a bar over the documents when stderr is a terminal, then a
summary; Prefect's own log lines only with `--verbose`. Its exit status is in `EXIT_STATUS`.
"""

import argparse
import json
import os
import sys
import tempfile
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.dataset import BuildReport

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTS = 0, 1, 2, 3
EXIT_SIGNALLED = 128
EXIT_STATUS = f"""exit status:
  {EXIT_OK}  published, every input used
  {EXIT_REJECTS}  published, some inputs rejected (each printed with its reason)
  {EXIT_FAILED}  nothing published: the dataset failed validation (each failed expectation is
     named), the build would remove more than half of the published articles (see
     --allow-shrink), another run is building the same output, or the run failed
  {EXIT_USAGE}  wrong command line, a missing input folder, or an output folder that cannot be
     written or may not be replaced (not a kazevents dataset; the input folder, inside or above it)
  128+N  stopped by signal N (143 SIGTERM, 130 SIGINT); the published dataset is whole"""
DEPLOYMENT = "scheduled"


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Help with each option's default, and the exit status laid out as written."""


def unwritable(output: Path) -> str | None:
    """Why a dataset cannot be published to `output`, or None when it can.

    Publishing builds the new folder beside `output` and renames it into place, so the folder that
    holds it (or the nearest one that exists, where the path is still to be made) must take a new
    entry; a path under a regular file never can.
    """
    output = output.absolute()
    existing = next(p for p in (output, *output.parents) if p.exists())
    if not existing.is_dir():
        return f"{existing} is a file, not a folder"
    for folder in [existing.parent, existing] if existing == output else [existing]:
        try:
            os.rmdir(tempfile.mkdtemp(prefix=".kazevents-check-", dir=folder))
        except OSError as err:
            return f"cannot write in {folder}: {err.strerror}"
    return None


def _quiet_prefect() -> None:
    """Keep Prefect's log lines (temporary server, task states) off unless asked for: they are read
    when Prefect is imported, so this comes first."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _run(args: argparse.Namespace) -> int:
    from flows.output_guard import OutputRefused, check_output
    from flows.printable import printable

    if not args.input.is_dir():
        print(f"kazevents: input folder {printable(str(args.input))} does not exist", file=sys.stderr)
        return EXIT_USAGE
    reason = unwritable(args.output)
    if reason:
        print(
            f"kazevents: cannot publish to {printable(str(args.output))}: {printable(reason)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        check_output(args.input, args.output)
    except OutputRefused as err:
        print(f"kazevents: refused: {printable(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    if not args.verbose:
        _quiet_prefect()
    from prefect.exceptions import TerminationSignal

    from flows.lock import OutputBusy, output_lock
    from flows.pipeline import build_dataset
    from flows.prefect_server import Stopped, stopped_by_signals, temporary_server
    from flows.progress import stages_shown
    from flows.publish import ShrinkRefused
    from flows.validate import ValidationFailed

    try:
        with stopped_by_signals(), output_lock(args.output), temporary_server(), stages_shown():
            report = build_dataset(args.input, args.output, args.backend, args.allow_shrink)
    except (Stopped, TerminationSignal) as err:
        signum = err.signum if isinstance(err, Stopped) else err.signal
        print(f"kazevents: stopped by signal {signum}: the published dataset is whole", file=sys.stderr)
        return EXIT_SIGNALLED + signum
    except (OutputBusy, ShrinkRefused) as err:
        print(f"kazevents: nothing published: {printable(str(err))}", file=sys.stderr)
        return EXIT_FAILED
    except ValidationFailed as err:
        problems = "".join(f"\n  {printable(problem)}" for problem in err.problems)
        print(f"kazevents: nothing published: dataset failed validation:{problems}", file=sys.stderr)
        return EXIT_FAILED
    for reject in report.rejects:
        print(
            f"rejected {printable(reject.source)} ({reject.stage}): {printable(reject.reason)}",
            file=sys.stderr,
        )
    print(_summary(report, args.output))
    return EXIT_REJECTS if report.rejects else EXIT_OK


def _summary(report: "BuildReport", output: Path) -> str:
    """What a run did, in two lines; the row counts are the published manifest's."""
    from flows.printable import printable

    rows = json.loads((output / "manifest.json").read_text(encoding="utf-8"))["rows"]
    processed, reused, rejected = len(report.processed), len(report.reused), len(report.rejects)
    return (
        f"published dataset {report.version} to {printable(str(output.absolute()))}\n"
        f"{_count(processed + reused + rejected, 'article')}: {processed} processed, {reused} reused, "
        f"{rejected} rejected, {len(report.removed)} removed (no longer in the input); "
        f"{_count(rows['events'], 'event')}, {_count(rows['entities'], 'entity')}, "
        f"{_count(rows['figures'], 'figure')}"
    )


def _count(number: int, noun: str) -> str:
    """`1 event`, `2 events`, `2 entities`."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1]}ies" if noun.endswith("y") else f"{number} {noun}s"


def _serve(args: argparse.Namespace) -> int:
    from flows.pipeline import build_dataset

    # Schedules need a real Prefect server (`prefect server start` and PREFECT_API_URL): the
    # temporary one a plain run starts does not keep them.
    build_dataset.serve(name=DEPLOYMENT, cron=args.cron, parameters=_parameters(args))
    return EXIT_OK


def _parameters(args: argparse.Namespace) -> dict[str, str]:
    return {
        "input_dir": str(args.input.resolve()),
        "output_dir": str(args.output.resolve()),
        "backend": args.backend,
    }


def _download(args: argparse.Namespace) -> int:
    from flows.names.stanza_backend import download_models

    try:
        download_models(args.dir, args.lang)
    except ImportError:
        print("kazevents: stanza is not installed: pip install 'kazevents[stanza]'", file=sys.stderr)
        return EXIT_USAGE
    print(f"stanza models for {', '.join(args.lang)} in {args.dir}")
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from flows.rule_usage import main as rules_main

    return rules_main([part for folder in args.input for part in ("--input", str(folder))])


def _train(args: argparse.Namespace) -> int:
    from flows.names.train import main_train

    print(main_train(args.lang))
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    """The command line of `kazevents`."""
    from flows.names.stanza_backend import DEFAULT_MODELS_DIR, LANGUAGES
    from models.dataset import SCHEMA_VERSION

    top = argparse.ArgumentParser(prog="kazevents", description=__doc__.split("\n\n")[0])
    top.add_argument(
        "--version",
        action="version",
        version=f"kazevents {package_version('kazevents')} (dataset schema {SCHEMA_VERSION})",
    )
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="build the dataset from a folder of articles",
        description="Build the dataset from a folder of articles and publish it to the output folder.",
        epilog=EXIT_STATUS,
        formatter_class=_HelpFormatter,
    )
    run.add_argument("--verbose", action="store_true", help="show Prefect's log lines too")
    run.add_argument(
        "--allow-shrink",
        action="store_true",
        help="publish even when the build removes more than half of the published articles",
    )
    serve = commands.add_parser(
        "serve",
        help="build the dataset on a schedule, as a Prefect deployment",
        formatter_class=_HelpFormatter,
    )
    serve.add_argument("--cron", required=True, help='when to run, as a cron line, e.g. "0 3 * * *"')
    for command, handler in ((run, _run), (serve, _serve)):
        command.add_argument(
            "--input", type=Path, default=Path("seeds/articles"), help="folder of .txt/.html articles"
        )
        command.add_argument(
            "--output", type=Path, default=Path("output"), help="dataset folder to publish to"
        )
        command.add_argument(
            "--backend",
            choices=["offline", "stanza"],
            default="offline",
            help="name recogniser: offline rules and packaged models, or downloaded stanza models",
        )
        command.set_defaults(handler=handler)
    models = commands.add_parser("models", help="manage stanza's models").add_subparsers(
        dest="action", required=True
    )
    download = models.add_parser(
        "download", help="download stanza's models (needs the network)", formatter_class=_HelpFormatter
    )
    download.add_argument("--dir", type=Path, default=DEFAULT_MODELS_DIR, help="where to put them")
    download.add_argument("--lang", nargs="+", default=list(LANGUAGES), help="languages to fetch")
    download.set_defaults(handler=_download)
    rules = commands.add_parser("rules", help="review the data files' rules").add_subparsers(
        dest="action", required=True
    )
    report = rules.add_parser("report", help="how often each trigger, pattern and lookup entry fires")
    report.add_argument("--input", type=Path, action="append", required=True, help="a folder of articles")
    report.set_defaults(handler=_rules)
    train = models.add_parser("train", help="train a name model on its corpus in ../shared/ner/")
    train.add_argument("lang", choices=["kk", "tr"], help="the model's language")
    train.set_defaults(handler=_train)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = parser().parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
