"""The ``dyad`` command line (also ``python -m pipeline``).

Commands and options here are a public interface: scripts depend on them.  Every
command takes ``--db URL``; without it ``DYAD_DB_URL`` is used, else
``sqlite:///data/dyad.db``.  Bad inputs are reported with their name and reason, the
good ones are still processed, and the exit code is 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Dyad: dated events, statements, actors and tone between two countries.",
)
db_app = typer.Typer(help="Database schema management.", no_args_is_help=True)
app.add_typer(db_app, name="db")
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $DYAD_DB_URL or sqlite:///data/dyad.db)."),
]
DEMO_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"


def _engine(db: str | None, *, writes: bool = True) -> Any:
    """The database's engine; a command that writes first checks the schema is current."""
    from db.migrate import SchemaBehind, require_current
    from db.session import make_engine

    engine = make_engine(db)
    if writes:
        try:
            require_current(engine)
        except SchemaBehind as exc:
            # (soft_wrap: the command in the message stays one line that can be copied)
            err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    return engine


def _date_option(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]{name} {value!r} is not a date (expected YYYY-MM-DD)[/red]")
        raise typer.Exit(2) from None


def _progress(label: str, total: int | None = None) -> Progress:
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn() if total else TextColumn("{task.completed:,.0f}"),
        TextColumn("{task.speed:,.0f}/s" if total is None else ""),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, feeds or http(s) URLs.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Original URL of the article.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet that published it.")] = None,
    processes: Annotated[int, typer.Option(help="NLP worker processes.")] = 1,
    db: DbOption = None,
) -> None:
    """Read news articles and store their events, statements, actors and tone."""
    from pipeline.ingest import ingest_articles
    from pipeline.readers import Overrides, iter_inputs

    over = Overrides(
        published=_date_option(published, "--published"), url=url, outlet=outlet
    )
    engine = _engine(db)

    def items() -> Any:
        for target in paths:
            yield from iter_inputs(target, over)

    with _progress("ingest") as bar:
        task = bar.add_task("ingest", total=None)
        summary = ingest_articles(
            engine, items(), n_process=processes, progress=lambda n: bar.advance(task, n)
        )
    typer.echo(summary.render())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    pair: Annotated[str | None, typer.Option(help="Country pair, e.g. BLR-POL (default: all).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First date YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last date YYYY-MM-DD.")] = None,
    actor: Annotated[list[str] | None, typer.Option(help="Actor name or alias (repeatable).")] = None,
    org: Annotated[list[str] | None, typer.Option(help="Organization name (repeatable).")] = None,
    kind: Annotated[list[str] | None, typer.Option(help="Event kind (repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Print events as JSON lines or CSV."""
    from sqlalchemy.orm import Session

    from db.export import EXPORT_FIELDS, export_records
    from db.filters import EventFilter, parse_pair

    if fmt not in ("jsonl", "csv"):
        err.print(f"[red]--format {fmt!r}: expected jsonl or csv[/red]")
        raise typer.Exit(2)
    try:
        pair_t = parse_pair(pair) if pair else None
    except ValueError as exc:
        err.print(f"[red]--pair: {exc}[/red]")
        raise typer.Exit(2) from None
    flt = EventFilter(
        pair=pair_t,
        date_from=_date_option(date_from, "--from"),
        date_to=_date_option(date_to, "--to"),
        actors=tuple(actor or ()),
        orgs=tuple(org or ()),
        kinds=tuple(kind or ()),
    )
    engine = _engine(db, writes=False)
    out = sys.stdout
    with Session(engine) as session:
        records = export_records(session, flt)
        if fmt == "jsonl":
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=list(EXPORT_FIELDS))
            writer.writeheader()
            for rec in records:
                row = dict(rec)
                row["countries"] = ";".join(rec["countries"])
                row["actors"] = "; ".join(
                    f"{a['name']} [{a['country'] or ''}] ({a['role']})" for a in rec["actors"]
                )
                row["sources"] = " ".join(s["url"] or "" for s in rec["sources"])
                writer.writerow(row)


@app.command()
def stats(db: DbOption = None) -> None:
    """Print counts of sources, events by kind and origin, actors and country pairs."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from db.models import Actor, Event, Organization, Source

    engine = _engine(db, writes=False)
    with Session(engine) as s:
        typer.echo(f"sources: {s.scalar(select(func.count(Source.id)))}")
        typer.echo(f"events: {s.scalar(select(func.count(Event.id)))}")
        for kind, n in s.execute(select(Event.kind, func.count()).group_by(Event.kind).order_by(Event.kind)):
            typer.echo(f"  {kind}: {n}")
        for origin, n in s.execute(
            select(Event.origin, func.count()).group_by(Event.origin).order_by(Event.origin)
        ):
            typer.echo(f"  from {origin}: {n}")
        typer.echo(f"actors: {s.scalar(select(func.count(Actor.id)))}")
        typer.echo(f"organizations: {s.scalar(select(func.count(Organization.id)))}")
        top = s.execute(
            select(Event.country1, Event.country2, func.count().label("n"))
            .group_by(Event.country1, Event.country2)
            .order_by(func.count().desc())
            .limit(10)
        ).all()
        typer.echo("top pairs: " + ", ".join(f"{a}-{b} {n}" for a, b, n in top))


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="GDELT, ICEWS or curated CSV files.")],
    fmt: Annotated[
        str | None, typer.Option("--format", help="gdelt, icews or csv (sniffed when not given).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Import structured event data (GDELT 1.0/2.0, ICEWS, curated CSV)."""
    from pipeline.importers import import_files

    if fmt is not None and fmt not in ("gdelt", "icews", "csv"):
        err.print(f"[red]--format {fmt!r}: expected gdelt, icews or csv[/red]")
        raise typer.Exit(2)
    engine = _engine(db)
    with _progress("import rows") as bar:
        task = bar.add_task("import", total=None)
        summary = import_files(engine, files, fmt, progress=lambda n: bar.advance(task, n))
    typer.echo(summary.render())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def synth(
    events: Annotated[int, typer.Option(help="Number of events to write.")] = 100_000,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same file).")] = 1,
    out: Annotated[Path | None, typer.Option(help="Output file (default: stdout).")] = None,
) -> None:
    """Write a synthetic raw GDELT 2.0 event file for benchmarks."""
    from pipeline.synth import write_synth

    if out is None:
        write_synth(events, seed, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as fh:
            write_synth(events, seed, fh)


@app.command()
def demo(
    db: DbOption = None,
    directory: Annotated[Path, typer.Option(help="Demo corpus folder.")] = DEMO_DIR,
) -> None:
    """Load the bundled demo corpus (chronologies and articles); safe to run twice."""
    from pipeline.importers import import_files
    from pipeline.ingest import ingest_articles
    from pipeline.readers import iter_inputs

    engine = _engine(db)
    csvs = sorted(directory.glob("*.csv"))
    if not csvs:
        err.print(f"[red]{directory}: no demo chronology (*.csv) found[/red]")
        raise typer.Exit(1)
    summary = import_files(engine, csvs, "csv")
    typer.echo(summary.render())
    failed = summary.failed
    articles = directory / "articles"
    if articles.is_dir():
        ingest_summary = ingest_articles(engine, iter_inputs(str(articles)))
        typer.echo(ingest_summary.render())
        failed = failed or bool(ingest_summary.failed)
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (*.gold.json) or folders of them.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Totals only: no article's events, misses or evidence (for a "
        "held-out set that those who tune the extractor must not read).")] = False,
) -> None:
    """Score the extractor against gold-standard articles (precision, recall, F1, tone)."""
    from pipeline.evaluate import evaluate_gold

    report = evaluate_gold(gold)
    typer.echo(json.dumps(report.to_dict(summary), indent=2) if as_json
               else report.render(summary_only=summary))
    for message in report.failures:  # scored as finding nothing: the figures are off
        err.print(f"[red]error:[/red] {message}", highlight=False)
    if report.failures:
        raise typer.Exit(1)


@app.command("evaluate-petr")
def evaluate_petr(
    path: Annotated[Path, typer.Argument(help="PETRARCH-2 validation XML file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score sentence-level event coding against PETRARCH-2 validation records."""
    from pipeline.evaluate import evaluate_petr as run

    report = run(path)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Bring an existing database to the current schema without losing rows."""
    from db.migrate import upgrade

    upgrade(db)
    typer.echo("database is at the current schema")


def main() -> None:
    from pipeline.types import InputError

    try:
        app()
    except InputError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
