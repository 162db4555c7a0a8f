/**
 * Files kept whole and hostile ones refused whatever their padding: a DOCTYPE is read to its
 * end however far a file pushes it, wherever it stands in the prolog; a GEXF this tool wrote
 * comes back with every evidence location, whatever its form; positions no view can draw are
 * not kept, and the data set is laid out instead; actors whose labels only look the same are
 * named in a warning.
 */
import { describe, expect, test } from "vitest";
import { exportGexf } from "../../src/export/gexf";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { loadDataSet } from "../../src/model/load";
import type { DataSet, Evidence } from "../../src/model/types";
import { prepare } from "../../src/app/session/shown-data-set";
import { importFiles } from "../../src/import/import-files";
import { importCsv } from "../../src/import/csv/import-csv";
import { fixtureTexts } from "../support/fixtures";

const loaded = loadDataSet(fixtureTexts("valid"));
if (!loaded.ok) throw new Error("the fixture data set does not load");
const { taxonomy } = loaded.dataSet;

const BODY = '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&e;"/></nodes><edges/></graph></gexf>\n';
const PAD = "<!-- padding -->\n<?note padding?>\n   \t\n".repeat(8_000); // some 300,000 characters
const refusal = (text: string) => {
  const result = importGexf(text, "padded.gexf", taxonomy);
  expect(result.ok).toBe(false);
  return result.report.diagnostics.map((d) => d.message).join("\n");
};

describe("the DOCTYPE check reads the whole prolog", () => {
  const ENTITIES = /the file's DOCTYPE declares entities, which can expand a few bytes into gigabytes \("billion laughs"\); refused/;
  const EXTERNAL = /the file's DOCTYPE refers to something outside the file .*\(XXE\); refused/;

  test("entities after 300,000 characters of comments, processing instructions and whitespace", () => {
    expect(PAD.length).toBeGreaterThan(200_000);
    expect(refusal(`<?xml version="1.0"?>\n${PAD}<!DOCTYPE gexf [<!ENTITY e "x">]>\n${BODY}`)).toMatch(ENTITIES);
  });

  test("entities after padding inside the internal subset", () => {
    expect(refusal(`<?xml version="1.0"?>\n<!DOCTYPE gexf [${PAD}<!ENTITY e "x">]>\n${BODY}`)).toMatch(ENTITIES);
  });

  test("an internal subset or SYSTEM id after 250,000 spaces in the declaration", () => {
    const spaces = " ".repeat(250_000);
    expect(refusal(`<?xml version="1.0"?>\n<!DOCTYPE gexf${spaces}[<!ENTITY e "x">]>\n${BODY}`)).toMatch(ENTITIES);
    expect(refusal(`<?xml version="1.0"?>\n<!DOCTYPE gexf${spaces}SYSTEM "file:///etc/passwd">\n${BODY}`)).toMatch(EXTERNAL);
    expect(refusal(`<?xml version="1.0"?>\n<!DOCTYPE gexf\n${"\n".repeat(250_000)}PUBLIC "-//x" "http://example.com/x.dtd">\n${BODY}`)).toMatch(EXTERNAL);
  });

  test("a plain DOCTYPE after the same padding still imports", () => {
    const result = importGexf(`<?xml version="1.0"?>\n${PAD}<!DOCTYPE gexf>\n${BODY.replace("&e;", "A")}`, "padded.gexf", taxonomy);
    expect(result.ok).toBe(true);
  });
});

describe("a GEXF written by Faultlines keeps every evidence location", () => {
  const fixture = loaded.dataSet;
  const LOCATIONS = ["¶12", "p. 4", "section 2", "p. 4, n. 2", 'at "x", ¶3', "see: “here”\nand ”there”", "Annex B — table 3 \\ {a}", "¶3 bis", "pp. 4–5", ""];
  const withLocations = (locations: readonly (string | undefined)[]): DataSet => ({
    ...fixture,
    sources: [...fixture.sources, { id: "other", title: "Another document", author: "Someone", publisher: "section 9", date: fixture.sources[0].date }],
    relations: fixture.relations.map((r, i) => ({
      ...r,
      evidence: locations
        .map((location, j): Evidence => ({ source: j % 2 ? "other" : "doc", quote: `quote ${i}.${j}: “inner”`, ...(location ? { location } : {}) }))
        .filter((_, j) => (j + i) % 3 !== 2),
    })),
  });

  for (const mode of ["dynamic", "snapshot"] as const)
    test(`${mode}: each location, odd ones included, comes back as written`, () => {
      for (let k = 0; k < LOCATIONS.length; k += 3) {
        const data = withLocations([LOCATIONS[k], LOCATIONS[k + 1], LOCATIONS[k + 2], undefined]);
        const result = importGexf(exportGexf(data, data.taxonomy, { mode }), "faultlines.gexf", data.taxonomy);
        if (!result.ok) throw new Error(result.report.diagnostics.map((d) => d.message).join("; "));
        expect(result.dataSet.relations.map((r) => r.evidence)).toEqual(data.relations.map((r) => r.evidence));
        expect(result.report.diagnostics.map((d) => d.message).join("\n")).not.toMatch(/could not be told apart/);
      }
    });

  test("¶N and p. N are still written bare, as before", () => {
    const xml = exportGexf(withLocations(["¶12", "p. 4"]), fixture.taxonomy, { mode: "snapshot" });
    expect(xml).toContain("A test document”, Mar 2026, ¶12: “quote 0.0");
    expect(xml).toContain("section 9, Mar 2026, p. 4: “quote 0.1");
  });
});

describe("positions no view can draw are refused, and the graph is laid out", () => {
  const gexfWith = (a: string, b: string) =>
    `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph>\n<nodes>\n<node id="a" label="A"><viz:position ${a}/></node>\n<node id="b" label="B"><viz:position ${b}/></node>\n</nodes>\n<edges><edge id="e" source="a" target="b"/></edges>\n</graph>\n</gexf>\n`;

  for (const [x, y] of [["1e308", "0"], ["0", "-1e308"], ["-1.7976931348623157e308", "1e12"]])
    test(`viz:position x=${x} y=${y}: a warning naming the node, the value and the fix; no position kept`, () => {
      const result = importFiles([{ name: "far.gexf", text: gexfWith('x="1" y="2"', `x="${x}" y="${y}"`) }], taxonomy);
      if (!result.ok) throw new Error("refused");
      expect(result.positions).toEqual({ a: [1, 2] });
      const far = result.report.diagnostics.find((d) => /beyond/.test(d.message));
      expect(far).toMatchObject({ severity: "warning", line: 6, value: `${x}, ${y}` });
      expect(far?.message).toBe('the viz:position of the node "b" lies beyond ±1,000,000,000, where no layout puts a node and where the graph would be drawn blank; it is not kept, and the graph is laid out instead');
      expect(far?.fix).toMatch(/Lay the graph out again in Gephi, or delete this <viz:position>/);
    });

  test("a file this tool wrote is checked the same way", () => {
    const data = loaded.dataSet;
    const xml = exportGexf(data, data.taxonomy, { mode: "snapshot", viz: { actorColour: () => "#123456", relationColour: () => "#abcdef", position: (id) => (id === "ttp" ? { x: 1e308, y: 0 } : { x: 1, y: 1 }) } });
    const result = importGexf(xml, "faultlines.gexf", data.taxonomy);
    if (!result.ok) throw new Error("refused");
    expect([...result.positions.keys()].sort()).toEqual(["pakistan", "taliban"]);
    expect(result.report.diagnostics.some((d) => d.message.startsWith('the viz:position of the node "ttp" lies beyond'))).toBe(true);
  });

  test("a stored layout (layout.json, the library) with a far or non-finite position is laid out again", () => {
    const data = loaded.dataSet;
    for (const bad of [[1e308, 0], [0, -1e308], [Number.NaN, 0], [Infinity, 1]] as const) {
      const stored = { pakistan: [1, 2], taliban: [3, 4], ttp: bad } as const;
      const made = prepare("stored", data, stored);
      if (!made.ok) throw new Error(made.problem);
      const xs = [...made.prepared.layout.values()].flatMap((p) => [p.x, p.y]);
      expect(xs.every((v) => Number.isFinite(v) && Math.abs(v) < 1e6)).toBe(true);
      expect(made.prepared.layout.get("pakistan")).not.toEqual({ x: 1, y: 2 });
    }
    const good = prepare("stored", data, { pakistan: [1, 2], taliban: [3, 4], ttp: [-1e6, 5] });
    expect(good.ok && good.prepared.layout.get("pakistan")).toEqual({ x: 1, y: 2 });
  });
});

describe("look-alike labels get a warning naming both actors", () => {
  const lookAlikes = (diagnostics: readonly { message: string }[]) => diagnostics.filter((d) => /look the same/.test(d.message)).map((d) => d.message);

  test("CSV: zero-width and bidi look-alikes, each pair named, the invisible characters shown", () => {
    const csv = [
      "source,target,type,start,quote",
      "Pakistan,Paki\u200Bstan,airstrike,2025-10,q",
      "\u202EPakistan\u202C,\uFF30akistan,airstrike,2025-10,q",
      "TTP,T\u2066TP\u2069,airstrike,2025-10,q",
      "Afghan Taliban,Afghan Taliban,airstrike,2025-10,q",
    ].join("\n");
    const result = importCsv(csv, "rows.csv", taxonomy);
    if (!result.ok) throw new Error(result.report.diagnostics.map((d) => d.message).join("; "));
    const said = lookAlikes(result.report.diagnostics);
    // The full-width "Ｐakistan" is the actor "Pakistan" already: the CSV importer matches names folded.
    expect(said).toHaveLength(3);
    const ids = result.dataSet.actors.map((a) => a.id);
    const idOf = (label: string) => result.dataSet.actors.find((a) => a.label === label)!.id;
    expect(ids).toContain(idOf("Paki\u200Bstan"));
    expect(said[0]).toBe(
      `the actors "${idOf("Pakistan")}" (label "Pakistan") and "${idOf("Paki\u200Bstan")}" (label "Paki<U+200B>stan") look the same: their labels differ only by invisible characters or by forms Unicode folds together (NFKC), so no reader can tell them apart`,
    );
    expect(said[1]).toContain(`(label "<U+202E>Pakistan<U+202C>")`);
    expect(said[2]).toContain(`(label "T<U+2066>TP<U+2069>")`);
    expect(result.report.diagnostics.find((d) => /look the same/.test(d.message))?.fix).toMatch(/If they are one actor, merge them/);
  });

  test("GEXF: labels that differ by a zero-width joiner or a full-width letter; distinct labels say nothing", () => {
    const xml = `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="Tehrik"/><node id="b" label="Teh\u200Drik"/><node id="c" label="Other"/><node id="d" label="\uFF34ehrik"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>\n`;
    const result = importGexf(xml, "nodes.gexf", taxonomy);
    if (!result.ok) throw new Error("refused");
    expect(lookAlikes(result.report.diagnostics)).toEqual([
      'the actors "a" (label "Tehrik") and "b" (label "Teh<U+200D>rik") look the same: their labels differ only by invisible characters or by forms Unicode folds together (NFKC), so no reader can tell them apart',
      'the actors "a" (label "Tehrik") and "d" (label "\uFF34ehrik") look the same: their labels differ only by invisible characters or by forms Unicode folds together (NFKC), so no reader can tell them apart',
    ]);
    const plain = importGexf(xml.replace("Teh\u200Drik", "Tehrika").replace("\uFF34ehrik", "Tehrikb"), "nodes.gexf", taxonomy);
    expect(plain.ok && lookAlikes(plain.report.diagnostics)).toEqual([]);
  });
});
