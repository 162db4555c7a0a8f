/**
 * `faultlines import FILE... --out DIR`: files read by the import's own code and written as a
 * data directory every command reads; the report on stderr; nothing written on errors; a
 * directory with something in it refused unless --force; what the data files need and a file did
 * not give (a GEXF carries no evidence) named at its line in the written files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importReportText } from "../../src/cli/import-report";
import { LEAVE_OUT } from "../../src/import/events/types";
import { cli } from "../support/cli";
import { FIXTURES } from "../support/fixtures";

const CSV = "test/fixtures/import/csv/valid.csv";
const ACTORS = "test/fixtures/import/csv/valid.actors.csv";
const DATA_FILES = ["actors.yaml", "layout.json", "relations.yaml", "sources.yaml", "taxonomy.yaml"];

const scratch = () => mkdtempSync(join(tmpdir(), "faultlines-import-"));

/** A relation list whose every quote cites a document by its address, so the data files can hold it as it is. */
const CITED_CSV = `source,target,type,start,end,quote,source document,confidence
Pakistan,Afghan Taliban,airstrike,2025-10-09,,Pakistan struck Kabul.,https://example.org/strikes,high
Qatar,Pakistan,mediation,2025-10,2025-10-19,Qatar and Turkey brokered a ceasefire.,https://example.org/truce,medium
Afghan Taliban,TTP,sanctuary,2015,ongoing,The TTP found refuge in Afghanistan.,https://example.org/refuge,medium
`;

/** Three actors with positions and two edges, as Gephi writes them: no evidence. */
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="pk" label="Pakistan"><viz:position x="10" y="20"/></node>
      <node id="af" label="Afghan Taliban"><viz:position x="-5" y="3.5"/></node>
      <node id="ttp" label="TTP"><viz:position x="0" y="-8"/></node>
    </nodes>
    <edges>
      <edge id="e1" source="pk" target="af" label="airstrike"/>
      <edge id="e2" source="af" target="ttp" label="sanctuary"/>
    </edges>
  </graph>
</gexf>
`;

describe("a file the data files can hold as it is", () => {
  test("is written as a data directory that loads, with a current layout, and reads as the file does", async () => {
    const dir = scratch();
    const file = join(dir, "cited.csv");
    writeFileSync(file, CITED_CSV);
    const out = join(dir, "data");
    const { code, err } = await cli("import", file, "--out", out);
    expect(code, err).toBe(0);
    expect(err).toContain(`${file}: 3 rows, 3 relations, 4 actors, 3 sources`);
    expect(err).toContain(`wrote ${out}: 4 actors, 3 relations, 3 sources; laid out in layout.json`);
    expect(err).not.toContain("does not load");
    expect(readdirSync(out).sort()).toEqual(DATA_FILES);
    expect(readFileSync(join(out, "relations.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=.*graph-data\/schema\/relations\.schema\.json\n(#.*\n)*#   cited\.csv\n/);
    expect((await cli("validate", out)).code).toBe(0);
    expect((await cli("layout", out, "--check")).out).toContain("is up to date");
    expect((await cli("stats", "--json", out)).out).toBe((await cli("stats", "--json", "--data", file)).out);
    expect((await cli("export", "--data", out)).out).toBe((await cli("export", "--data", file)).out);
  });
});

describe("a file that gives less than the data files need", () => {
  test("GEXF: written as read, its positions kept, and each relation without evidence named at its line", async () => {
    const dir = scratch();
    const file = join(dir, "gephi.gexf");
    writeFileSync(file, GEXF);
    const out = join(dir, "data");
    const { code, err } = await cli("import", file, "--out", out);
    expect(code, err).toBe(0);
    expect(err).toMatch(/gephi\.gexf: warning: .*GEXF carries no evidence/);
    expect(err).toContain(`${out} does not load as a data directory yet: the data files need what the file did not give (2 problems):`);
    expect(err).toMatch(new RegExp(`${out}/relations\\.yaml:\\d+:\\d+: error: relations\\[0\\]\\.evidence \\(e1\\)`));
    expect(err).toContain(`faultlines stats --data ${file}`);
    expect(JSON.parse(readFileSync(join(out, "layout.json"), "utf8")).positions).toEqual({ pk: [10, 20], af: [-5, 3.5], ttp: [0, -8] });
    const validate = await cli("validate", out);
    expect(validate.code).toBe(1);
    expect(validate.err).toMatch(/relations\.yaml:\d+:\d+: error: relations\[1\]\.evidence \(e2\)/);
  });

  test("CSV with its actors file: the report says what was read and which types the taxonomy lacks; --map reads one as a type of it", async () => {
    const out = join(scratch(), "data");
    const { code, err } = await cli("import", CSV, ACTORS, "--out", out);
    expect(code, err).toBe(0);
    expect(err).toMatch(/valid\.csv:3: warning: type: the relation type "Air strike" is not in the taxonomy/);
    expect(err).toContain("valid.csv: 4 rows, 4 relations, 3 actors, 2 sources, 1 types added");
    expect(err).toContain('Relation types the taxonomy lacks, kept as types of their own: "Air strike". To read one as a type of the taxonomy: --map "Air strike=TYPE"');
    // The document named only by its title has neither file nor address.
    expect(err).toMatch(/sources\.yaml:\d+:\d+: error: sources\[0\] \(a-test-document\): a source needs a file name or a URL/);
    const mapped = await cli("import", CSV, ACTORS, "--out", join(scratch(), "data"), "--map", "Air strike=airstrike");
    expect(mapped.code).toBe(0);
    expect(mapped.err).not.toContain("the taxonomy lacks");
    expect(mapped.err).toContain('the relation type "Air strike" is read as "Air or drone strike" (airstrike), as mapped');
  });
});

describe("what is refused", () => {
  test("a file with errors: its report on stderr, exit 1, nothing written", async () => {
    const out = join(scratch(), "data");
    const { code, err } = await cli("import", "test/fixtures/import/csv/all-rows-bad.csv", "--out", out);
    expect(code).toBe(1);
    expect(err).toMatch(/all-rows-bad\.csv:\d+: error: /);
    expect(err).toContain(`all-rows-bad.csv: not imported; nothing was written to ${out}`);
    expect(existsSync(out)).toBe(false);
  });

  test("a directory with something in it, unless --force; --force replaces the data files, a stale JSON one too", async () => {
    const out = scratch();
    writeFileSync(join(out, "actors.json"), '{"actors": []}');
    writeFileSync(join(out, "notes.md"), "mine");
    const refused = await cli("import", CSV, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`--out ${out} is not empty (it holds actors.json, notes.md); the import would replace its data files, comments and all. Fix: give a new or empty directory, or add --force`);
    expect(readdirSync(out).sort()).toEqual(["actors.json", "notes.md"]);
    const forced = await cli("import", CSV, "--out", out, "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...DATA_FILES, "notes.md"].sort());
  });

  test.each([
    [[CSV], /--out DIR is needed/],
    [["--out", "x"], /give the files to import/],
    [[CSV, "--out", "x", "--map", "Air strike=airstirke"], /--map "Air strike=airstirke": "airstirke" is not a relation type of the taxonomy. Fix: did you mean "airstrike"\?/],
    [[CSV, "--out", "x", "--map", "airstrike"], /--map "airstrike" should be CATEGORY=TYPE/],
    [[CSV, "--out", "x", "--gap", "two"], /--gap "two" should be a whole number of days from 0 to 3650/],
    [[CSV, "--out", "x", "--into", "no/such/dir"], /cannot read --into no\/such\/dir: there is no such file or directory/],
    [["no/such.csv", "--out", "x"], /cannot read no\/such\.csv: there is no such file or directory/],
  ])("%j is refused with a usage message and exit 2, nothing written", async (args, message) => {
    const { code, err } = await cli("import", ...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(existsSync("x")).toBe(false);
  });

  test("--into a data set that does not load is refused with its errors; its taxonomy is the one --map checks against", async () => {
    const invalid = mkdtempSync(join(tmpdir(), "faultlines-into-"));
    for (const name of readdirSync(join(FIXTURES, "valid"))) writeFileSync(join(invalid, name), readFileSync(join(FIXTURES, "valid", name)));
    writeFileSync(join(invalid, "relations.yaml"), readFileSync(join(invalid, "relations.yaml"), "utf8").replace("type: airstrike", "type: airstirke"));
    const refused = await cli("import", CSV, "--out", join(scratch(), "data"), "--into", invalid);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/is not a valid data set \(1 error\):\n.*relations\.yaml:\d+:\d+: error: .*unknown relation type "airstirke"/);
    // The fixture's taxonomy has no "armed-clash", which the bundled one has.
    const mapped = await cli("import", CSV, "--out", join(scratch(), "data"), "--into", join(FIXTURES, "valid"), "--map", "Air strike=armed-clash");
    expect(mapped.code).toBe(2);
    expect(mapped.err).toContain('"armed-clash" is not a relation type of the taxonomy');
  });
});

describe("the report of event data", () => {
  test("says how each category became a relation type and how each actor name was matched", () => {
    const text = importReportText({
      ok: true,
      format: "acled",
      dataSet: { taxonomy: { families: [], types: [], kinds: [] }, actors: [], relations: [], sources: [] },
      report: { file: "acled.csv", diagnostics: [{ severity: "warning", file: "acled.csv", line: 7, path: "actor2", message: "no second actor; the row is left out", fix: "Nothing to do" }], counts: { rows: 3, relations: 2, skipped: 1 } },
      eventMapping: [
        { category: "Battles: Armed clash", events: 2, type: "armed-clash", directed: false, why: "CAMEO 190 (use conventional military force)", byUser: false },
        { category: "Protests: Peaceful protest", events: 1, type: LEAVE_OUT, directed: false, why: "", byUser: true },
      ],
      actorMatches: [
        { name: "Tehrik-i-Taliban Pakistan", actor: "ttp", how: "alias", events: 2 },
        { name: "Military Forces of Pakistan (2024-)", actor: "pakistan", how: "rule", rule: "a state's military forces are the state", events: 3 },
        { name: "Unidentified Armed Group (Pakistan)", actor: "unidentified-armed-group-pakistan", how: "created", events: 1 },
      ],
    });
    expect(text.split("\n")).toEqual([
      "acled.csv:7: warning: actor2: no second actor; the row is left out. Fix: Nothing to do",
      "acled.csv: 3 rows, 2 relations, 1 skipped",
      'Event categories and the relation types they became (change one with --map "CATEGORY=TYPE", or "CATEGORY=" to leave it out):',
      "  Battles: Armed clash             2 events  → armed-clash, undirected: CAMEO 190 (use conventional military force)",
      "  Protests: Peaceful protest       1 event   → left out: your --map",
      "Actor names: 1 matched by alias, 1 matched by a naming rule, 1 new actor created",
      '  "Tehrik-i-Taliban Pakistan" → ttp (by alias), 2 events',
      '  "Military Forces of Pakistan (2024-)" → pakistan (by a naming rule: a state\'s military forces are the state), 3 events',
      '  "Unidentified Armed Group (Pakistan)" → unidentified-armed-group-pakistan (created), 1 event',
      "",
    ]);
  });
});

describe("ACLED event data", () => {
  const ACLED = "test/fixtures/import/events/acled-pakistan.csv";

  test("into the bundled data set: names matched to its actors, a category left out by --map, and a data directory that loads", async () => {
    const out = join(scratch(), "data");
    const { code, err } = await cli("import", ACLED, "--into", "graph-data", "--out", out, "--gap", "10", "--map", "Riots: Mob violence=");
    expect(code, err).toBe(0);
    expect(err).toMatch(/acled-pakistan\.csv:9:2: error: event_date: event_date "2025-02-30" is not a day of the calendar; the row was skipped/);
    expect(err).toMatch(/\n {2}Battles: Armed clash +3 events {2}→ armed-clash, undirected: CAMEO 190/);
    expect(err).toMatch(/\n {2}Riots: Mob violence +1 event {3}→ left out: your --map\n/);
    expect(err).toContain('"TTP: Tehrik-i-Taliban Pakistan" → ttp (by a naming rule');
    expect(err).toContain('"Military Forces of Pakistan (2024-)" → pakistan (by a naming rule');
    expect(err).not.toContain("does not load");
    expect((await cli("validate", out)).code).toBe(0);
    expect((await cli("layout", out, "--check")).code).toBe(0);
    // The bundled relations are all there, and the events' evidence keeps its day and its deaths.
    const json = JSON.parse((await cli("export", "--data", out)).out);
    const bundled = JSON.parse((await cli("export")).out);
    expect(json.relations.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(bundled.relations.map((r: { id: string }) => r.id)));
    const clash = json.relations.find((r: { type: string; source: string; target: string }) => r.type === "armed-clash" && [r.source, r.target].sort().join() === "pakistan,ttp");
    expect(clash.evidence.some((e: { date?: string; fatalities?: number }) => e.date === "2025-03-04" && e.fatalities === 5)).toBe(true);
    const added = json.relations.filter((r: { id: string }) => !bundled.relations.some((b: { id: string }) => b.id === r.id));
    expect(added.map((r: { type: string }) => r.type).sort()).toEqual(["airstrike", "armed-clash", "armed-clash", "terrorist-attack"]);
  });

  test("what the written directory says is what the file says", async () => {
    const out = join(scratch(), "data");
    expect((await cli("import", ACLED, "--out", out)).code).toBe(0);
    expect((await cli("stats", "--json", out)).out).toBe((await cli("stats", "--json", "--data", ACLED)).out);
  });
});
