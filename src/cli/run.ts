/**
 * Dispatches the command line to its commands. Output goes through `io` so tests can run the
 * CLI in-process and read what it printed.
 */
import { animateCommand } from "./animate";
import { balanceCommand } from "./balance";
import { coverageCommand } from "./coverage";
import { diffCommand } from "./diff";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { layoutCommand } from "./layout";
import { screenshotCommand } from "./screenshot";
import { statsCommand } from "./stats";
import { CliError, DEFAULT_DATA_DIR, type Io } from "./options";
import { validateCommand } from "./validate";

const USAGE = `faultlines <command> [options]

Commands:
  validate [dir]              Check a data directory (or, with --data FILE, what the import makes of a file);
                              exit code 1 on any error.
  stats [dir] [--json]        Counts by actor kind, relation type and family; per year, relations
                              possibly and certainly active.
  import FILE... --out DIR    Any file Import… takes (GEXF, a CSV relation list and its actors file, ACLED or
                              UCDP event data, the Faultlines files) written as a data directory with its
                              layout.json; the import's report on stderr; exit code 1 on errors (nothing written).
      --into PATH             Import into this data set: the file's actors matched to its actors, the result holding both
      --gap DAYS              Event data: events of one kind between one pair at most this far apart make one period
      --map CATEGORY=TYPE     An event category (or a CSV relation type name) read as this relation type;
                              "CATEGORY=" leaves the category out. Repeat for each
      --force                 Replace the data files of a directory that is not empty
  export --format FORMAT      Export a slice of the graph (stdout, or --out FILE).
      --format json|gexf|graphml|csv  csv: the relations in FILE, the actors in FILE's stem + .actors.csv
      --dynamic               GEXF with time: every period of the sliced relations, for Gephi's timeline
      --data PATH             Data directory (default: ${DEFAULT_DATA_DIR}), or a file to read as Import… does: GEXF,
                              CSV, ACLED, UCDP, a JSON export. Every command that reads a data directory takes it
      --at DAY                Relations active on a day (YYYY-MM-DD)
      --from DATE --to DATE   Relations active at any time in a window; a month or year covers all its days
      --possible              With a date: every relation its dates allow then, each marked certain or possible (default)
      --certain               With a date: only the relations whose dates say they were active then
      --types a,b             Relation type ids
      --families a,b          Relation families (hostile, cooperative, mediating, structural)
      --kinds a,b             Actor kinds; relations need both ends of these kinds (with a date: the kind then)
      --min-confidence LEVEL  low, medium or high
      --ego ACTOR --depth K   Only an actor (id, name or alias) and its neighbours up to K hops
      --out FILE              Write to a file instead of stdout
  diff --from A --to B        What changed between two moments, each a day (YYYY-MM-DD) or a whole month or year:
                              relations added, ended, continuing, and pairs whose relation turned
      --format json|md|csv    JSON (default), Markdown for a briefing, or CSV with one row per relation
      --data PATH, --out FILE, and the filters of export (--types ... --ego), applied at both moments
  balance --from A --to B     Allies and enemies through time, one row per step as of its last day: structural
                              balance (0-1), triads balanced, unbalanced and mixed, pairs left out as only
                              possible, and the camps, matched from step to step
      --step year|quarter|month   Default: year
      --format csv|json       Default: csv
      --data PATH, --out FILE, and the filters of export (--types ... --ego)
  coverage [dir]              Each paragraph of each source document with the relations citing it.
      --documents DIR         Where the documents' texts are (default: $FAULTLINES_DOCUMENTS); they are not in the repository
      --uncited               Only the paragraphs nothing cites yet
      --json                  As JSON
      --check                 Only the quotes not verbatim or misplaced, and a verdict (npm run check:sources)
  layout [dir] [--check]      Store actor positions (seeded ForceAtlas2) in layout.json; --check: is it current?
                              A data directory only: a file has none to store them in (import it first)
  screenshot --out FILE       An image of a view, composed as in the explorer (title, date, legend, sources).
      --view QUERY            The view: a link's query, e.g. 'at=2026-02-27&actor=ttp' (default: the opening view)
      --data PATH             Your own data instead, at its opening view: what Import… takes (a GEXF file, a CSV
                              relation list, the Faultlines data files or their directory); repeat for an actors file
      --width W --height H    Size in pixels (default 1920×1080); --scale S multiplies it (default 1)
      --format png|svg        Default: from the file name
      --background light|dark|transparent
      --title TEXT            The image's title (default: Faultlines)
  animate --from A --to B --out FILE   A film of the timeline, each step a slide composed as screenshot's
                              (title, the step's date in large type, legend, sources); .webm, .mp4 or .gif
      --step week|month|quarter|year   Each step shows that whole period (default: month)
      --fps F                 Frames per second (default 4); --seconds-per-step S (default 1)
      --width W --height H    Size in pixels, even (default 1280×720)
      --view QUERY, --data PATH, --background light|dark, --title TEXT   As for screenshot
      --no-captions           No line per step naming what began and ended
  help                        This text.
`;

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  stats: statsCommand,
  export: exportCommand,
  import: importCommand,
  diff: diffCommand,
  balance: balanceCommand,
  coverage: coverageCommand,
  layout: layoutCommand,
  screenshot: screenshotCommand,
  animate: animateCommand,
  help: (_args, io) => (io.out(USAGE), 0),
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`faultlines: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}. Run "faultlines help" for the options.\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof CliError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`faultlines ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
