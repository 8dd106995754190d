"""The command line: each command calls one library function.

    python build.py                 build datasets/ and the site sources in docs/
    python build.py site            ... and the static site with mkdocs (strict)
    python build.py serve           ... and preview it on http://127.0.0.1:8000
    python build.py watch           build, then build again whenever reports/ changes
    python build.py add URL         fetch a report page into reports/ (with its sidecar) and build
    python build.py extract PATH    print one report's metadata and figures as JSON
    python build.py evaluate        score extraction against the gold annotations
"""
import contextlib
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import click

from . import paths
from .engine import end_with_parent
from .errors import KnowledgeError, ReportError
from .output import exclusive_build, staging_for, swap_in
from .patterns import ONE_LINE_CONTROLS

EXTRACT_FIELDS = ("indicator", "value", "unit", "qualifier", "evidence", "start", "end")


# A control character in a message (a file named \x1b]0;…\x07) would retitle the terminal or hide lines: shown escaped.
SHOWN_CONTROLS = re.compile(f"[{ONE_LINE_CONTROLS}]")


def _echo_err(message):
    click.echo(SHOWN_CONTROLS.sub(lambda control: ascii(control.group())[1:-1], str(message)), err=True)


def _knowledge():
    from .knowledge import load_knowledge  # the pipeline's modules load on first use: --help stays fast
    try:
        return load_knowledge()
    except KnowledgeError as error:
        raise click.ClickException(f"{error.path}: {error.problem}") from error


def _project(root):
    """The project at `root`, or a clear error when it has no reports folder."""
    project = paths.project(root)
    if not project["reports"].is_dir():
        raise click.ClickException(f"{project['reports']}: no reports folder; put source reports there")
    return project


def _mapper(engine):
    from .engine import Mapper
    try:
        return Mapper(**engine)
    except ValueError as error:
        raise click.UsageError(str(error)) from error


def _build(project, engine, mapper=None, warm=None):
    """Build with a new mapper of `engine`, or with a running process's `mapper` and `warm` state."""
    _require_jieba()
    from .pipeline import build
    with contextlib.nullcontext(mapper) if mapper else _mapper(engine) as running:
        result = build(project, _knowledge(), progress=_echo_err, mapper=running, warm=warm)
    _echo_err(f"built {len(result['records'])} reports into {project['datasets']} and {project['docs']}")
    return result


def _require_jieba():
    """Extraction tags parts of speech with jieba; without it, refuse to build rather than extract less."""
    try:
        import jieba  # noqa: F401
    except ImportError as error:
        raise click.ClickException(f"jieba cannot be imported ({error}): extraction tags parts of speech with it; "
                                   "install the project with `pip install -e .`") from error


def _mkdocs(project, command, *extra):
    run = subprocess.run([sys.executable, "-m", "mkdocs", command, "-f", str(project["root"] / "mkdocs.yml"), *extra],
                         cwd=paths.ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                         preexec_fn=functools.partial(end_with_parent, os.getpid()))
    if run.returncode:
        raise click.ClickException(f"mkdocs {command} failed (exit {run.returncode})")


def _build_site(project):
    """mkdocs build --strict into a staging folder, indexed for search (Pagefind), its pages
    minified, swapped in whole: site/ is never half built. The index is made from the pages as
    mkdocs wrote them, so minifying changes no word Pagefind reads."""
    from .minify import minify_site
    from .search import SearchIndexError, index_site
    staged = staging_for(project["site"])
    try:
        _mkdocs(project, "build", "--strict", "-d", str(staged))
        try:
            index_site(staged)
        except SearchIndexError as error:
            raise click.ClickException(str(error)) from error
        minify_site(staged)
        swap_in(staged, project["site"])
    finally:
        if staged.exists():
            shutil.rmtree(staged)


def _finish(result):
    if result["errors"]:
        for error in result["errors"]:
            _echo_err(f"error: {error.path}: {error.problem}")
        raise click.ClickException(f"{len(result['errors'])} report(s) could not be built; the others were")


def engine_options(command):
    """--engine, --jobs and --scheduler: how the per-report work runs (ruleoflaw/engine.py)."""
    command = click.option("--scheduler", metavar="ADDRESS",
                           help="The Dask scheduler to use with --engine dask (tcp://host:8786).")(command)
    command = click.option("--jobs", type=click.IntRange(min=1), default=None,
                           help="Worker processes for --engine processes  [default: all cores]")(command)
    command = click.option("--engine", type=click.Choice(["processes", "serial", "dask"]), default="processes",
                           show_default=True, help="Run per-report work in a pool of processes on this "
                                                   "machine, in this process, or on a Dask cluster "
                                                   "(pip install -e '.[dask]').")(command)
    return command


root_option = click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=paths.ROOT,
                           show_default=True, help="Project folder holding reports/ and mkdocs.yml; "
                                                   "datasets/, docs/ and site/ are written there.")


@click.group(invoke_without_command=True)
@root_option
@click.option("--site", "with_site", is_flag=True, help="Also build the static site into site/.")
@engine_options
@click.pass_context
def cli(context, root, with_site, engine, jobs, scheduler):
    """Build open data from annual reports on rule-of-law government.

    With no command: turn every report in reports/ into a data package in
    datasets/ and a page in docs/.

    Example:

        python build.py --site
    """
    if context.invoked_subcommand is not None:
        # options given before a command (build.py --root X site) are the command's, where it takes them
        given = {name: value for name, value in context.params.items()
                 if context.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE}
        context.default_map = {name: {option: value for option, value in given.items()
                                      if option in {parameter.name for parameter in command.params}}
                               for name, command in cli.commands.items()}
        return
    project = _project(root)
    with exclusive_build(root, _echo_err):
        result = _build(project, {"engine": engine, "jobs": jobs, "scheduler": scheduler})
        if with_site:
            _build_site(project)
    _finish(result)


@cli.command()
@root_option
@engine_options
def site(root, engine, jobs, scheduler):
    """Build datasets, pages and the static site (mkdocs build --strict) into site/.

    Example:

        python build.py site
    """
    project = _project(root)
    if warning := unset_site_url_warning():
        _echo_err(warning)
    with exclusive_build(root, _echo_err):
        result = _build(project, {"engine": engine, "jobs": jobs, "scheduler": scheduler})
        _build_site(project)
    _finish(result)


def unset_site_url_warning():
    """What `build.py site` says when SITE_URL is unset (the Pages workflow sets it): a site built so
    names the local preview's address in its citations, canonical links, feed, sitemap and the 数据
    page's examples, which is right for `serve` and wrong for a site put anywhere else."""
    if os.environ.get("SITE_URL"):
        return None
    return (f"warning: SITE_URL is not set, so citations, canonical links, the feed, the sitemap and the data "
            f"page's examples name {paths.DEFAULT_SITE_URL}; set SITE_URL to the address the site will be "
            "published at before publishing it")


@cli.command()
@root_option
@click.option("--address", default="127.0.0.1:8000", show_default=True, help="Where to serve the preview.")
@engine_options
def serve(root, address, engine, jobs, scheduler):
    """Build the site (search index included), then serve site/ locally until Ctrl-C.

    What is served is what would be deployed. Rebuild to see changes.

    Example:

        python build.py serve --address 127.0.0.1:8000
    """
    from .preview import serving
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise click.UsageError(f"--address {address!r} is not HOST:PORT")
    project = _project(root)
    with exclusive_build(root, _echo_err):
        result = _build(project, {"engine": engine, "jobs": jobs, "scheduler": scheduler})
        _build_site(project)
    for error in result["errors"]:
        _echo_err(f"error: {error.path}: {error.problem}")
    with serving(project["site"], host, int(port), quiet=False) as url, contextlib.suppress(KeyboardInterrupt):
        _echo_err(f"serving {project['site']} on {url} (Ctrl-C to stop)")
        threading.Event().wait()


@cli.command()
@root_option
@click.option("--site", "with_site", is_flag=True, help="Also build the static site into site/ after each build.")
@engine_options
def watch(root, with_site, engine, jobs, scheduler):
    """Build, then keep running and build again whenever reports/ changes, until Ctrl-C.

    A build in the running process redoes only what a change needs: a
    corrected figure in a sidecar, a report added or removed. Built as
    `build.py` would build it, byte for byte. Restart it after changing
    schema/ or the code: it stops when they change.

    Example:

        python build.py watch --site
    """
    from .cache import build_fingerprint, fingerprint_on_disk
    from .pipeline import WarmState
    from .report import warm_up
    from .watch import watch as on_change
    project = _project(root)
    knowledge = _knowledge()
    schema_dir = str(knowledge["schema_dir"])
    warm = WarmState()

    def build_now():
        if fingerprint_on_disk(schema_dir) != build_fingerprint(schema_dir):
            raise click.ClickException(f"{schema_dir} or the code changed since watch started; "
                                       "restart build.py watch to build with them")
        with exclusive_build(root, _echo_err):
            result = _build(project, None, mapper, warm)
            if with_site:
                _build_site(project)
        for error in result["errors"]:
            _echo_err(f"error: {error.path}: {error.problem}")
        _echo_err(f"watching {project['reports']} (Ctrl-C to stop)")

    # Ctrl-C (SIGINT) stops a watch, also one a script started in the background: such a job inherits
    # SIGINT ignored, and Python then leaves it ignored, so `kill -INT` would not stop it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with _mapper({"engine": engine, "jobs": jobs, "scheduler": scheduler}) as mapper, \
            contextlib.suppress(KeyboardInterrupt):
        build_fingerprint(schema_dir)  # pinned now, as the code and knowledge this process loaded
        warm_up(knowledge)
        on_change(project["reports"], build_now)


@cli.command()
@click.argument("url")
@root_option
@click.option("--allow-private", is_flag=True,
              help="Also fetch from this machine or a private network (a local mirror); refused by default.")
@engine_options
def add(url, root, allow_private, engine, jobs, scheduler):
    """Fetch a report page, archive it in reports/ with its sidecar, and build.

    The page is kept exactly as served, named by its SHA-256; the sidecar
    records source_url, retrieved (today) and sha256. An address that is not
    http(s), cannot be fetched, is already in reports/, or holds no report on
    rule-of-law government is refused and nothing is kept.

    Example:

        python build.py add https://www.example.gov.cn/2024/fzzf.html
    """
    from .acquire import AcquireError, archive, fetch
    from .report import check_is_report
    project = _project(root)
    knowledge = _knowledge()
    with exclusive_build(root, _echo_err):
        try:
            path = archive(project["reports"], url, fetch(url, allow_private), lambda saved: check_is_report(saved, knowledge))
        except AcquireError as error:
            raise click.ClickException(f"{error.url}: {error.problem}") from error
        _echo_err(f"added {path.name} and {path.with_suffix('.yml').name} to {project['reports']}")
        result = _build(project, {"engine": engine, "jobs": jobs, "scheduler": scheduler})
    _finish(result)


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def extract(path):
    """Print one report's metadata and indicators as one JSON object.

    The shape is what the reference scorer (ruleoflaw/scorer.py) reads:
    {"metadata": {...}, "indicators": [{"indicator", "value", "unit",
    "qualifier", "evidence", "start", "end"}, ...]}

    Example:

        python build.py extract reports/001_d6eaf61c1023c0d0.txt
    """
    from .report import process_report
    try:
        record = process_report(path, _knowledge())
    except ReportError as error:
        raise click.ClickException(f"{error.path}: {error.problem}") from error
    output = {"id": record["id"], "metadata": record["metadata"],
              "indicators": [{k: row[k] for k in EXTRACT_FIELDS} for row in record["indicators"]]}
    click.echo(json.dumps(output, ensure_ascii=False, indent=1))


@cli.command()
@click.option("--sets", "sets_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=paths.ROOT / "tests" / "gold" / "sets.yml", show_default=True,
              help="The gold sets: name, gold folder and texts folder of each.")
@click.option("--set", "names", multiple=True, help="Score only this set (repeatable); all sets by default.")
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score this folder of gold *.yml files instead of the sets (with --reports).")
@click.option("--reports", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the texts the --gold files annotate.")
def evaluate(sets_file, names, gold, reports):
    """Score extraction against the gold annotations, set by set, report by report, with every miss.

    Each set (bundled reports, dev-web excerpts, our own annotations) is
    scored on its own; texts missing from a set's folder are listed with the
    page each annotates.

    Example:

        python build.py evaluate --set dev-web
    """
    from .evaluate import load_sets, set_lines
    knowledge = _knowledge()
    if gold or reports:
        if not (gold and reports):
            raise click.UsageError("--gold and --reports go together")
        sets = {gold.name: {"description": "gold given on the command line", "gold": gold, "texts": reports}}
    else:
        sets = load_sets(sets_file)
        unknown = sorted(set(names) - set(sets))
        if unknown:
            raise click.UsageError(f"no gold set {', '.join(unknown)} in {sets_file}; known: {', '.join(sets)}")
        sets = {name: spec for name, spec in sets.items() if not names or name in names}
    for name, spec in sets.items():
        for line in set_lines(name, spec, knowledge):
            click.echo(line)
        click.echo("")


def main():
    cli(prog_name="build.py")
