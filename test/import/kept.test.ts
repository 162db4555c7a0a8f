/**
 * Files kept whole and hostile ones refused whatever their padding: a DOCTYPE is read to its
 * end however far a file pushes it, wherever it stands in the prolog.
 */
import { describe, expect, test } from "vitest";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { loadDataSet } from "../../src/model/load";
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
