/**
 * The GEXF checks themselves (test/support/gexf-checks.ts) can fail: a valid export passes,
 * and each way of breaking it is reported by the schema or by the checks beyond it.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { exportGexf } from "../../src/export/gexf";
import { loadFixture } from "../support/fixtures";
import { expectValidGexf, gexfProblems, schemaProblems } from "../support/gexf-checks";

const result = loadFixture("valid");
if (!result.ok) throw new Error("the fixture data set does not load");
const fixture = result.dataSet;

describe("the checks can fail", () => {
  let valid: string;
  beforeAll(() => {
    valid = exportGexf(fixture, fixture.taxonomy, { mode: "dynamic" });
  });

  test("they pass the file before it is broken", async () => {
    await expectValidGexf(valid);
  });

  test.each([
    ["an edge to a missing node", (x: string) => x.replace('target="ttp"', 'target="nobody"'), /<edge id="refuge">: its target "nobody" is not a node/],
    ["a duplicate node id", (x: string) => x.replace('<node id="taliban"', '<node id="pakistan"'), /<node id="pakistan">: the id is used twice/],
    ["a duplicate edge id", (x: string) => x.replace('<edge id="truce"', '<edge id="strikes"'), /<edge id="strikes">: the id is used twice/],
    ["a start after its end", (x: string) => x.replace('start="2026-03-01" end="2026-03-31">', 'start="2026-04-01" end="2026-03-31">'), /<edge id="truce">: start 2026-04-01 is after end 2026-03-31/],
    ["overlapping spells", (x: string) => x.replace('<spell start="2026-02-01"', '<spell start="2025-10-15"'), /<edge id="strikes">: spells 2025-10-01..2025-10-31 and 2025-10-15..2026-03-31 overlap/],
    ["a date not in the timeformat", (x: string) => x.replace('start="2015-01-01">', 'start="2015">'), /<edge id="refuge">: start="2015" does not match timeformat="date"/],
    ["a date that does not exist", (x: string) => x.replace('start="2015-01-01">', 'start="2015-02-30">'), /<edge id="refuge">: start="2015-02-30" is not a real date/],
    ["an undeclared attribute", (x: string) => x.replace('for="note"', 'for="nope"').replace('for="confidence" value="high"', 'for="nope" value="high"'), /attvalue for "nope", which no edge attribute declares/],
    ["a value not of its type", (x: string) => x.replace('for="sign" value="-1"', 'for="sign" value="minus"'), /<edge id="strikes">: "sign" = "minus" is not a integer/],
    ["a dynamic value outside the element's time", (x: string) => x.replace('for="period" value="2026-03" start="2026-03-01"', 'for="period" value="2026-03" start="2026-02-01"'), /the value of "period" over 2026-02-01..2026-03-31 lies outside the element's time/],
    ["a time on a static attribute", (x: string) => x.replace('for="confidence" value="medium"', 'for="confidence" value="medium" start="2026-03-01"'), /<edge id="truce">: "confidence" has a time, but its attribute is static/],
  ])("%s", (_, breakIt, problem) => {
    const broken = breakIt(valid);
    expect(broken).not.toBe(valid);
    expect(gexfProblems(broken).join("\n")).toMatch(problem);
  });

  test("the schema rejects what GEXF 1.3 does not allow", async () => {
    expect(await schemaProblems(valid.replace(' version="1.3"', ""))).not.toEqual([]);
    expect(await schemaProblems(valid.replace('type="liststring"', 'type="list-of-strings"'))).not.toEqual([]);
    expect(await schemaProblems(valid.replace('<edge id="truce"', '<edge colour="red" id="truce"'))).not.toEqual([]);
    expect(await schemaProblems(valid.replace('mode="dynamic" timeformat', 'mode="moving" timeformat'))).not.toEqual([]);
  });
});
