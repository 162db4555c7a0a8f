/**
 * Files kept whole and hostile ones refused whatever their padding: a DOCTYPE is read to its
 * end however far a file pushes it, wherever it stands in the prolog; a GEXF this tool wrote
 * comes back with every evidence location, whatever its form.
 */
import { describe, expect, test } from "vitest";
import { exportGexf } from "../../src/export/gexf";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { loadDataSet } from "../../src/model/load";
import type { DataSet, Evidence } from "../../src/model/types";
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
