"""The `kazevents` command.

    kazevents run [--input DIR] [--output DIR] [--backend offline|stanza]
    kazevents serve --cron "0 3 * * *" [--input DIR] [--output DIR]
    kazevents models download [--dir DIR] [--lang kk ru tr]
    kazevents models train kk|tr

Exit status of `run`: 0 when the dataset was published and every input was used; 3 when it was
published but some inputs were rejected (each is printed with its reason); 1 when nothing was
published (the dataset failed validation, or the run failed); 2 for a wrong command line.
"""

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTS = 0, 1, 2, 3
DEPLOYMENT = "scheduled"


def _run(args: argparse.Namespace) -> int:
    from flows.pipeline import STAGES, build_dataset
    from flows.progress import stages_shown
    from flows.validate import ValidationFailed

    if not args.input.is_dir():
        print(f"kazevents: input folder {args.input} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        with stages_shown(STAGES):
            report = build_dataset(args.input, args.output, args.backend)
    except ValidationFailed as err:
        print(f"kazevents: nothing published: {err}", file=sys.stderr)
        return EXIT_FAILED
    for reject in report.rejects:
        print(f"rejected {reject.source} ({reject.stage}): {reject.reason}", file=sys.stderr)
    print(
        f"published dataset {report.version} to {args.output}: "
        f"{len(report.processed)} articles processed, {len(report.reused)} unchanged"
    )
    return EXIT_REJECTS if report.rejects else EXIT_OK


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

    download_models(args.dir, args.lang)
    print(f"stanza models for {', '.join(args.lang)} in {args.dir}")
    return EXIT_OK


def _train(args: argparse.Namespace) -> int:
    from flows.names.train import main_train

    print(main_train(args.lang))
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    """The command line of `kazevents`."""
    from flows.names.stanza_backend import DEFAULT_MODELS_DIR, LANGUAGES

    top = argparse.ArgumentParser(prog="kazevents", description=__doc__.split("\n\n")[0])
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="build the dataset from a folder of articles")
    serve = commands.add_parser("serve", help="build the dataset on a schedule, as a Prefect deployment")
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
            help="name recogniser: offline rules and packaged models (default), or downloaded stanza models",
        )
        command.set_defaults(handler=handler)
    models = commands.add_parser("models", help="manage stanza's models").add_subparsers(
        dest="action", required=True
    )
    download = models.add_parser("download", help="download stanza's models (needs the network)")
    download.add_argument("--dir", type=Path, default=DEFAULT_MODELS_DIR, help="where to put them")
    download.add_argument("--lang", nargs="+", default=list(LANGUAGES), help="languages to fetch")
    download.set_defaults(handler=_download)
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
