"""The ``dipnews`` command line.

Exit status: 0 when every input was processed, 1 when at least one input failed (each
failure is one line on standard error naming the input), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from dipnews import __version__
from dipnews.api import parse
from dipnews.contract import to_dict
from dipnews.errors import DipnewsError, InputError
from dipnews.knowledge import Knowledge
from dipnews.records import ROLE_CODES, SCHEMA, Article

__all__ = ["main", "read_input"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


# Characters str.splitlines() breaks at, and other controls, shown escaped so that an
# error message stays one line whatever the file name holds.
_LINE_BREAKERS = {
    **{c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, 0x85)},
    0x09: "\\t",
    0x0A: "\\n",
    0x0D: "\\r",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _one_line(message: str) -> str:
    """*message* with line breaks and control characters escaped, for a one-line report."""
    return message.translate(_LINE_BREAKERS)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def read_input(name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Read one input named on the command line (``-`` is standard input).

    Raises :class:`~dipnews.errors.InputError` naming the input when it is missing, a
    directory, unreadable, not decodable with *encoding*, or empty.
    """
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            name = "<stdin>"
        else:
            data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputError("is a directory", source=name) from None
    except PermissionError:
        raise InputError("permission denied", source=name) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", source=name) from None
    try:
        text = data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding} at byte {exc.start} (try --errors replace or --encoding)",
            source=name,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", source=name) from None
    if not text.strip():
        raise InputError("empty input", source=name)
    return text


def _knowledge(args: argparse.Namespace, err: TextIO) -> Knowledge | None:
    """The knowledge of ``--holders`` (``None`` for the package's own), or ``None`` after
    reporting why the file cannot be used (then ``args.holders_failed`` is set)."""
    args.holders_failed = False
    if getattr(args, "holders", None) is None:
        return None
    try:
        return Knowledge.default().with_holders(args.holders)
    except DipnewsError as exc:
        print(f"dipnews: --holders: {_one_line(str(exc))}", file=err)
        args.holders_failed = True
        return None


class _DataDateNote:
    """Counts articles dated after the office-holder table's data date, for one note."""

    def __init__(self, knowledge: Knowledge | None) -> None:
        self.knowledge = knowledge if knowledge is not None else Knowledge.default()
        self.later = 0

    def see(self, published: dt.date | str | None) -> None:
        day = dt.date.fromisoformat(published) if isinstance(published, str) else published
        self.later += self.knowledge.stale_for(day)

    def report(self, err: TextIO) -> None:
        if self.later:
            print(
                f"dipnews: note: {self.later} article(s) dated after {self.knowledge.data_date}, "
                "the office-holder table's data date: offices held since come from the text "
                "alone (add a holdings file with --holders)",
                file=err,
            )


def _format_text(name: str, article: Article) -> str:
    lines = [f"== {name}"]
    lines.append(f"published: {article.published or '-'}")
    d = article.dateline
    if d is not None:
        lines.append(
            f"dateline:  {d.surface!r} (place={d.place}, date={d.date}, agency={d.agency})"
        )
    if article.byline:
        lines.append("byline:    " + "; ".join(article.byline))
    if article.agencies:
        lines.append("agencies:  " + ", ".join(article.agencies))
    for o in article.officials:
        lines.append(f"official:  {o.name} [{o.country} {o.role}] {o.title or ''} @{o.start}")
    for f in article.forums:
        fo = f.forum
        extra = "".join(
            f" {k}={val}" for k, val in (("edition", fo.edition), ("place", fo.place)) if val
        )
        lines.append(f"forum:     {fo.org}/{fo.body or '-'}{extra}  <{f.surface}>")
    for e in article.events:
        when = "?" if e.date is None else f"{e.date.start}..{e.date.end}"
        lines.append(
            f"event:     {e.kind} {e.status} {' + '.join(e.participants)} {when}"
            f" {e.place or ''} (CAMEO {e.cameo})"
        )
    for a in article.agreements:
        lines.append(f"agreement: {a.kind} {'/'.join(a.parties)}: {a.topic}")
    return "\n".join(lines)


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    knowledge = _knowledge(args, err)
    if args.holders_failed:
        return EXIT_USAGE
    note = _DataDateNote(knowledge)
    failed = 0
    results: list[dict[str, Any]] = []
    for name in args.files:
        try:
            text = read_input(name, encoding=args.encoding, errors=args.errors)
            article = parse(text, published=args.published, knowledge=knowledge)
        except DipnewsError as exc:
            failed += 1
            named = isinstance(exc, InputError) and exc.source is not None
            msg = str(exc) if named else f"{name}: {exc}"
            print(f"dipnews: {_one_line(msg)}", file=err)
            continue
        except Exception as exc:  # a bug in a component must not stop the other files
            failed += 1
            print(f"dipnews: {_one_line(f'{name}: internal error: {exc!r}')}", file=err)
            continue
        note.see(article.published)
        if args.format == "text":
            print(_format_text(name, article), file=out)
        elif args.format == "jsonl":
            print(json.dumps(to_dict(article), ensure_ascii=False), file=out)
        else:
            results.append(to_dict(article))
    if args.format == "json" and results:
        payload: object = results[0] if len(args.files) == 1 else results
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
    note.report(err)
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from dipnews.render import render_html  # imported here: only `dipnews show` needs it

    knowledge = _knowledge(args, err)
    if args.holders_failed:
        return EXIT_USAGE
    try:
        text = read_input(args.file)
        article = parse(text, published=args.published, knowledge=knowledge)
        page = render_html(text, article, title=args.file)
    except DipnewsError as exc:
        named = isinstance(exc, InputError) and exc.source is not None
        print(f"dipnews: {_one_line(str(exc) if named else f'{args.file}: {exc}')}", file=err)
        return EXIT_FAILED
    if args.output is not None:
        target = Path(args.output)
    else:
        handle, name = tempfile.mkstemp(prefix="dipnews-", suffix=".html")
        os.close(handle)
        target = Path(name)
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"dipnews: {_one_line(f'{target}: {exc.strerror or exc}')}", file=err)
        return EXIT_FAILED
    print(target, file=out)
    if args.open:
        import webbrowser

        if not webbrowser.open(target.resolve().as_uri()):
            print("dipnews: no browser to open the page with; it is at the path above", file=err)
    return EXIT_OK


def _table_articles(
    inputs: Sequence[str], published: dt.date | None, err: TextIO
) -> tuple[list[dict[str, Any]], int]:
    """The dipnews/1 objects of *inputs* (batch output JSONL, or texts parsed here) and
    how many inputs or lines failed (each reported on *err*)."""
    from dipnews import batch  # imported here: only `dipnews table` reads batch input

    articles: list[dict[str, Any]] = []
    failed = 0

    def report(message: str) -> None:
        nonlocal failed
        failed += 1
        print(f"dipnews table: {_one_line(message)}", file=err)

    def parsed(tasks: list[batch.Task]) -> None:
        for result in batch.run_in_batches(tasks, published=published):
            if result.ok:
                articles.append(result.record)
            else:
                where = result.record.get("source") or result.id
                line = result.record.get("line")
                where = f"{where}:{line}" if line else where
                report(f"{where}: {result.record.get('error')}")

    for name in inputs:
        path = Path(name)
        if name != "-" and (path.is_dir() or path.suffix == ".txt"):
            if path.is_dir():
                parsed(list(batch.iter_tasks(path)))
            else:
                parsed([batch.Task(id=path.name, source=name, path=name)])
            continue
        try:
            lines = (
                sys.stdin.read().splitlines()
                if name == "-"
                else path.read_text(encoding="utf-8").splitlines()
            )
        except (OSError, UnicodeDecodeError) as exc:
            report(f"{name}: cannot read: {exc}")
            continue
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                report(f"{name}:{number}: not JSON")
                continue
            if isinstance(obj, dict) and obj.get("schema") == SCHEMA:
                articles.append(obj)
            elif isinstance(obj, dict) and "text" in obj:
                parsed([batch.item_task(obj, number, source=name)])
            else:
                report(f"{name}:{number}: neither a {SCHEMA} object nor an input with 'text'")
    return articles, failed


def _cmd_table(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from dipnews import dataset  # imported here: only `dipnews table` needs it

    if args.format == "parquet" and args.output in (None, "-"):
        print("dipnews table: Parquet is binary: give a file with -o", file=err)
        return EXIT_USAGE
    articles, failed = _table_articles(args.inputs, args.published, err)
    found = dataset.rows(articles, args.table)
    if args.output in (None, "-"):
        dataset.write(args.table, found, out, format=args.format)
        return EXIT_FAILED if failed else EXIT_OK
    try:
        dataset.write(args.table, found, args.output, format=args.format)
    except ImportError as exc:
        print(f"dipnews table: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        print(f"dipnews table: {_one_line(f'{args.output}: {exc.strerror or exc}')}", file=err)
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_holders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    knowledge = _knowledge(args, err)
    if args.holders_failed:
        return EXIT_USAGE
    table = (knowledge if knowledge is not None else Knowledge.default()).holders
    if args.person is not None:
        if args.country is not None or args.role is not None:
            print("dipnews holders: give COUNTRY ROLE or --person NAME, not both", file=err)
            return EXIT_USAGE
        found = table.offices_of(args.person, args.date)
        what = f"{args.person!r}" + (f" on {args.date}" if args.date else "")
    else:
        if args.country is None or args.role is None:
            print("dipnews holders: give COUNTRY ROLE (or --person NAME)", file=err)
            return EXIT_USAGE
        country, role = args.country.upper(), args.role.upper()
        if role not in ROLE_CODES:
            print(
                f"dipnews holders: unknown role {args.role!r} ({', '.join(ROLE_CODES)})", file=err
            )
            return EXIT_USAGE
        day = args.date or dt.date.today()
        found = table.at(country, role, day)
        what = f"{country} {role} on {day}"
    if not found:
        print(f"dipnews holders: nobody known for {what}", file=err)
        return EXIT_FAILED
    for holding in found:
        end = holding.end.isoformat() if holding.end else "now"
        checked = f", verified {holding.verified}" if holding.verified else ""
        approx = " (dates approximate)" if holding.approximate else ""
        print(
            f"{holding.person}\t{holding.position}\t{holding.country}\t{holding.role}\t"
            f"{holding.start}..{end}{approx}\tsource: {holding.source}{checked}",
            file=out,
        )
    return EXIT_OK


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def _cmd_batch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from dipnews import batch  # imported here: `dipnews parse` does not need it

    source, output = args.input, args.output
    problem = None
    if source != "-" and not Path(source).exists():
        problem = f"{source}: no such file or folder"
    elif source != "-" and Path(source).is_file() and Path(source).suffix == ".txt":
        problem = f"{source}: a .txt file; batch reads a folder of them (or use dipnews parse)"
    elif output != "-" and source != "-" and Path(output).resolve() == Path(source).resolve():
        problem = "OUTPUT is the same file as INPUT"
    elif args.resume and output == "-":
        problem = "--resume needs an OUTPUT file, not standard output"
    if problem is not None:
        print(f"dipnews batch: {problem}", file=err)
        return EXIT_USAGE
    jobs = args.jobs if args.jobs is not None else 1
    knowledge = _knowledge(args, err)
    if args.holders_failed:
        return EXIT_USAGE
    note = _DataDateNote(knowledge)
    try:
        report = batch.run_batch(
            source,
            output,
            jobs=jobs,
            errors_file=args.errors_file,
            resume=args.resume,
            published=args.published,
            chunksize=args.chunksize,
            progress=args.progress,
            stdout=out,
            stderr=err,
            knowledge=knowledge,
            on_result=lambda result: note.see(result.record.get("published")),
        )
    except (InputError, OSError) as exc:
        print(f"dipnews batch: {exc}", file=err)
        return EXIT_FAILED
    if report.failed:
        where = args.errors_file or "standard error"
        print(
            f"dipnews batch: {report.failed} input(s) failed (see {where}); "
            f"{report.written} written",
            file=err,
        )
    note.report(err)
    return report.exit_status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``dipnews`` command."""
    parser = argparse.ArgumentParser(
        prog="dipnews", description="Structured records from diplomatic news text."
    )
    parser.add_argument("--version", action="version", version=f"dipnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles into dipnews/1 JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files; - for standard input")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="json: one object (an array for several files); jsonl: one line each; "
        "text: for people",
    )
    p.add_argument("--published", type=_iso_date, help="the articles' date, YYYY-MM-DD")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    p.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="on undecodable bytes: fail the input (strict) or replace them",
    )
    p.set_defaults(func=_cmd_parse)

    b = sub.add_parser(
        "batch",
        help="parse many articles into JSONL (one line per article)",
        description="Parse a folder of .txt files, a JSONL file (objects with 'text' and "
        "optional 'id', 'published') or - (JSONL on standard input) into one JSON line "
        "per article: the dipnews/1 object with the input's 'id' first. Exit status: 0 "
        "all good, 1 some inputs failed, 2 usage error.",
    )
    b.add_argument("input", metavar="INPUT", help="folder of .txt files, JSONL file, or -")
    b.add_argument(
        "-o", "--output", required=True, metavar="OUTPUT", help="JSONL output file (- = stdout)"
    )
    b.add_argument("--jobs", "-j", type=_positive, metavar="N", help="worker processes (default 1)")
    b.add_argument(
        "--errors-file",
        metavar="FILE",
        help="write bad inputs here as JSONL (default: one line each on standard error)",
    )
    b.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose id is already in OUTPUT (and the errors file); append",
    )
    b.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="date for inputs without their own",
    )
    b.add_argument(
        "--chunksize",
        type=_positive,
        default=16,
        metavar="N",
        help="articles per task sent to a worker (default 16)",
    )
    b.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress line on standard error (default: only on a terminal)",
    )
    b.set_defaults(func=_cmd_batch)

    s = sub.add_parser(
        "show",
        help="see an article with what dipnews found, as one HTML page",
        description="Write one self-contained HTML page (no script, nothing loaded from the "
        "network) showing the article with every record marked at its offsets, and tables of "
        "the records. Prints the page's path.",
    )
    s.add_argument("file", metavar="FILE", help="a text file; - for standard input")
    s.add_argument(
        "-o", "--output", metavar="OUT.html", help="where to write (default: a temporary file)"
    )
    s.add_argument("--published", type=_iso_date, help="the article's date, YYYY-MM-DD")
    s.add_argument("--open", action="store_true", help="open the page in a web browser")
    s.set_defaults(func=_cmd_show)

    t = sub.add_parser(
        "table",
        help="flatten articles into a table of events, officials, forums or agreements",
        description="One row per record, with the article's id and published date, every "
        "field of the record flattened (dates as date_start, date_end, date_precision; "
        "participants or parties joined with '; ' and the first two as source and target) "
        "and its offsets. INPUT is `dipnews batch` output (JSONL), a folder of .txt files or "
        ".txt files (parsed on the fly), or - (JSONL on standard input).",
    )
    t.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL, folder, .txt file or -")
    t.add_argument(
        "--table",
        required=True,
        choices=("events", "officials", "forums", "agreements"),
        help="which records to list",
    )
    t.add_argument(
        "--format",
        choices=("csv", "tsv", "parquet"),
        default="csv",
        help="csv (default), tsv, or parquet (needs the parquet extra and -o)",
    )
    t.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    t.add_argument(
        "--published", type=_iso_date, metavar="YYYY-MM-DD", help="date for texts without one"
    )
    t.set_defaults(func=_cmd_table)

    h = sub.add_parser(
        "holders",
        help="who held an office on a date, or the offices a person held",
        description="Look up the office-holder table (the package's, with --holders FILE "
        "added): `dipnews holders RUS FOREIGN_MINISTER --date 2019-05-01` or "
        "`dipnews holders --person Lavrov`. One line per holding: person, position, "
        "country, role, dates, source.",
    )
    h.add_argument("country", nargs="?", metavar="COUNTRY", help="ISO3 code or organisation key")
    h.add_argument("role", nargs="?", metavar="ROLE", help="role code, e.g. HEAD_OF_STATE")
    h.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="default: today")
    h.add_argument("--person", metavar="NAME", help="the offices of this person instead")
    _add_holders_option(h)
    h.set_defaults(func=_cmd_holders)
    for command in (p, b, s):
        _add_holders_option(command)
    return parser


def _add_holders_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--holders",
        metavar="FILE",
        help="a JSON file of office holdings (the schema of dipnews/data/holders.json) "
        "added to the package's table",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("dipnews: interrupted", file=sys.stderr)
        return 130
    return status
