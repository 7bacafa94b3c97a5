"""A corpus that grows: full, incremental and parallel builds of 100 and 1,000 texts.

    python bench/corpus.py ../shared/data/uk_iu_dev.sents.jsonl [--texts 100 1000] [--cold 5]

Each text is ~3 KB of the treebank's paragraphs (a run of them starting at a different
place for each text) with an English stand-in per paragraph (one sentence per gold sentence,
of proportional length, so the aligner pairs them), and the bundled corpus's glossary is
shared by all. Without the treebank file the bundled texts' paragraphs are used instead.

For each size, in one process (the dictionary loaded once, as in a long session), each
figure as a ratio to the faster of two full builds measured in the same run:

    noop      a rebuild with nothing changed                      (target <= 0.10)
    text      one text's uk.txt changed                           (target <= 0.15)
    entry     one shared entry changed that ~5% of texts use      (target <= 0.25)

then full builds in fresh processes, as `reader build` runs (a pool forked from this
benchmark's long-lived process measured slower than one worker: bench/README.md): with 2
workers against 1, the median of `--rounds` pairs run one after the other (target <= 0.65),
and their peak memory (the build's process and, separately, the largest worker). Beside it,
the ceiling this machine sets: two 1-worker builds run at once, each of the whole corpus,
take longer than one alone wherever the two cores share caches or memory bandwidth, and a
perfect split into two workers (no serial part, no work done twice) would take half that.
Last, `--cold` alternating runs of `reader build` of the bundled corpus into a fresh folder
and of the import floor (a process that only imports the build's libraries and loads the
dictionary), and the median of their ratios, in wall and in CPU time (target <= 1.3).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader import pipeline
from reader.glossary import entries as glossary
from reader.glossary.ids import entry_id

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "corpus"
TEXT_BYTES = 3_000
FLOOR = "import nltk, jinja2, yaml, click, pymorphy3; pymorphy3.MorphAnalyzer(lang='uk')"
STAND_IN = "the of and to in a is that for it as was with be by on not he this are or".split()
# Run in a fresh process: one full build, its seconds and peak memory (self, largest child).
# Its own peak is VmHWM: a process started by a large one (this bench) inherits that
# process's peak in getrusage's ru_maxrss. A forked worker's peak counts the pages it shares.
FULL_BUILD = """
import resource, sys, time
from pathlib import Path
from reader import pipeline
started = time.perf_counter()
pipeline.build(Path(sys.argv[1]), Path(sys.argv[2]), full=True, jobs=int(sys.argv[3]))
seconds = time.perf_counter() - started
per_mb = 1e6 if sys.platform == "darwin" else 1e3  # ru_maxrss: bytes on macOS, else kB
try:
    with open("/proc/self/status") as status:
        self = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1e3
except OSError:  # not Linux: a process started by a small one reports its own peak here
    self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / per_mb
print(seconds, self, children)
"""


def paragraphs(data: Path | None) -> list[tuple[str, str]]:
    """(Ukrainian, English stand-in) paragraphs: the treebank's, else the bundled texts'."""
    if data is not None and data.exists():
        rows = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line]
        return [(row["text"], " ".join(_english(b - a) for a, b in row["sents"])) for row in rows]
    print(f"{data}: not found; using the bundled texts", file=sys.stderr)
    found = []
    for folder in sorted((BUNDLED / "texts").iterdir()):
        uk, en = (_split(folder / name) for name in ("uk.txt", "en.txt"))
        if len(uk) == len(en):
            found.extend(zip(uk, en, strict=True))
    return found


def _split(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip()]


def _english(characters: int) -> str:
    words = [STAND_IN[i % len(STAND_IN)] for i in range(max(1, characters // 6))]
    return " ".join(words).capitalize() + "."


def write_corpus(folder: Path, pool: list[tuple[str, str]], texts: int) -> None:
    """`texts` texts of ~TEXT_BYTES, each a run of paragraphs from its own starting place."""
    shutil.copytree(BUNDLED / "glossary", folder / "glossary")
    for number in range(texts):
        uk, en, size = [f"Текст номер {number}"], [f"Text number {number}"], 0
        at = number * 7
        while size < TEXT_BYTES:
            ukrainian, english = pool[at % len(pool)]
            uk.append(ukrainian)
            en.append(english)
            size += len(ukrainian.encode("utf-8")) + 2
            at += 1
        text = folder / "texts" / f"text-{number:04}"
        text.mkdir(parents=True)
        (text / "uk.txt").write_text("\n\n".join(uk) + "\n", "utf-8")
        (text / "en.txt").write_text("\n\n".join(en) + "\n", "utf-8")


def timed(corpus: Path, site: Path, **options: object) -> tuple[float, pipeline.BuildSummary]:
    started = time.perf_counter()
    summary = pipeline.build(corpus, site, **options)  # type: ignore[arg-type]
    return time.perf_counter() - started, summary


def entry_used_by(corpus: Path, site: Path, share: float) -> tuple[Path, int, int]:
    """A shared entry used by about `share` of the texts: (its file, its line, its users)."""
    pages = [p.read_bytes() for p in site.glob("text-*.html")]
    shared = glossary.load_glossary(sorted((corpus / "glossary").glob("*.yaml")))
    users = {}
    for entry in shared.entries:
        marker = f'data-id="{entry_id(entry.key)}"'.encode()
        users[entry] = sum(marker in page for page in pages)
    wanted = share * len(pages)
    entry = min((e for e in users if users[e]), key=lambda e: abs(users[e] - wanted))
    return entry.origin.path, entry.origin.line, users[entry]


def edit_entry(path: Path, line: int) -> None:
    """Change the translation of the entry whose headword is on `line`."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = line - 1
    if not lines[at].rstrip().endswith(":"):  # `headword: translation`
        lines[at] = lines[at].rstrip("\n") + " (edited)\n"
    else:
        at = next(i for i in range(at + 1, len(lines)) if lines[i].lstrip().startswith("en:"))
        lines[at] = lines[at].rstrip("\n") + " (edited)\n"
    path.write_text("".join(lines), "utf-8")


def measure(folder: Path, pool: list[tuple[str, str]], texts: int, rounds: int) -> None:
    corpus, site = folder / f"corpus-{texts}", folder / f"site-{texts}"
    write_corpus(corpus, pool, texts)
    pipeline.build(corpus, folder / "warm-up", full=True, jobs=1)  # caches as in a session
    full, _ = timed(corpus, site, full=True, jobs=1)
    again, _ = timed(corpus, folder / f"again-{texts}", full=True, jobs=1)
    full = min(full, again)  # the faster: the ratios are not flattered by a slow moment
    noop, summary = timed(corpus, site, jobs=1)
    assert summary.changed == () and summary.redone == (), "the no-op rebuild redid a text"
    uk = corpus / "texts" / "text-0003" / "uk.txt"
    uk.write_text(uk.read_text("utf-8").replace(" ", " і ", 1), "utf-8")
    text, summary = timed(corpus, site, jobs=1)
    path, line, users = entry_used_by(corpus, site, 0.05)
    edit_entry(path, line)
    entry, summary = timed(corpus, site, jobs=1)
    redone = len(summary.redone)
    print(f"{texts} texts: full build {full:.3f} s (1 worker, warm caches)")
    print(f"  noop    {noop:.3f} s  {noop / full:.3f}x  (target <= 0.10)")
    print(f"  text    {text:.3f} s  {text / full:.3f}x  (target <= 0.15)")
    print(
        f"  entry   {entry:.3f} s  {entry / full:.3f}x  (target <= 0.25; the entry is used "
        f"by {users} texts, {redone} redone)"
    )
    rows = []  # fresh processes, as `reader build` runs: 1 worker, 2 workers, 1+1 side by side
    for number in range(rounds):
        (one,) = fresh_full_builds(corpus, [folder / f"one-{texts}-{number}"], 1)
        (two,) = fresh_full_builds(corpus, [folder / f"two-{texts}-{number}"], 2)
        sides = fresh_full_builds(
            corpus, [folder / f"side-{texts}-{number}-{n}" for n in (1, 2)], 1
        )
        rows.append((one, two, max(seconds for seconds, _, _ in sides)))
    middle = len(rows) // 2
    one, two, _ = sorted(rows, key=lambda row: row[1][0] / row[0][0])[middle]
    alone, _, side = sorted(rows, key=lambda row: row[2] / row[0][0])[middle]
    ratio, ceiling = two[0] / one[0], side / (2 * alone[0])
    print(
        f"  2 vs 1  {two[0]:.3f} s / {one[0]:.3f} s  {ratio:.3f}x  (target <= 0.65; fresh "
        f"processes, the median of {rounds} pairs)"
    )
    print(
        f"  ceiling {ceiling:.3f}x  (the machine's best for 2 workers: two 1-worker builds "
        f"side by side take {side:.3f} s against {alone[0]:.3f} s alone; half of that, "
        f"the median of {rounds})"
    )
    print(
        f"  peak memory of a fresh full build: 1 worker {one[1]:.0f} MB; 2 workers "
        f"{two[1]:.0f} MB and {two[2]:.0f} MB the largest worker"
    )


def fresh_full_builds(
    corpus: Path, outs: list[Path], jobs: int
) -> list[tuple[float, float, float]]:
    """Full builds in fresh processes started together, one per output folder: for each,
    seconds, peak MB of the process and of its largest worker."""
    commands = [
        [sys.executable, "-c", FULL_BUILD, str(corpus), str(out), str(jobs)] for out in outs
    ]
    running = [subprocess.Popen(c, stdout=subprocess.PIPE, text=True) for c in commands]
    outputs = [process.communicate()[0] for process in running]  # all done before any raises
    for process in running:
        if process.returncode:
            raise subprocess.CalledProcessError(process.returncode, process.args)
    found = []
    for output in outputs:
        seconds, self, children = (float(x) for x in output.split())
        found.append((seconds, self, children))
    return found


def cold(runs: int, folder: Path) -> None:
    """Alternating runs of the import floor and a cold build of the bundled corpus: wall
    and CPU time (the child's), medians of their ratios. One untimed pair runs first (the
    disk cache, the compiled templates)."""
    reader = [sys.executable, "-m", "reader", "build", str(BUNDLED)]
    floor_command = [sys.executable, "-c", FLOOR]
    _timed(floor_command)
    _timed([*reader, "-o", str(folder / "cold-warm")])
    walls, cpus, builds, floors, loads = [], [], [], [], [os.getloadavg()[0]]
    for run in range(runs):
        floor = _timed(floor_command)
        build = _timed([*reader, "-o", str(folder / f"cold-{run}")])
        walls.append(build[0] / floor[0])
        cpus.append(build[1] / floor[1])
        builds.append(build)
        floors.append(floor)
        loads.append(os.getloadavg()[0])
    median = statistics.median
    print(
        f"cold build / import floor: {median(walls):.3f}x wall, {median(cpus):.3f}x CPU, "
        f"median of {runs} (build {median(b[0] for b in builds):.3f} s, "
        f"CPU {median(b[1] for b in builds):.3f} s; floor {median(f[0] for f in floors):.3f} s, "
        f"CPU {median(f[1] for f in floors):.3f} s; load average {min(loads):.1f}-"
        f"{max(loads):.1f}; target <= 1.3)"
    )


def _timed(command: list[str]) -> tuple[float, float]:
    """A command's wall time and its CPU time (user + system, from getrusage: the same as
    os.times gives for children, to the microsecond rather than the clock tick)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    return wall, user + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="?", help="uk_iu_dev.sents.jsonl")
    parser.add_argument("--texts", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--cold", type=int, default=5, help="alternating cold runs")
    parser.add_argument("--rounds", type=int, default=3, help="pairs of 1- and 2-worker builds")
    options = parser.parse_args()
    pool = paragraphs(options.data)
    # reader's bytecode first, as installing it writes it: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile each module from source in every fresh
    # process (the fresh builds, the cold runs), where the libraries have theirs.
    compileall.compile_dir(str(ROOT / "reader"), quiet=1)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for texts in options.texts:
            measure(folder, pool, texts, options.rounds)
        if options.cold:
            cold(options.cold, folder)


if __name__ == "__main__":
    main()
