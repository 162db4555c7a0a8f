/**
 * `faultlines balance`: allies and enemies year by year on a small data set whose answer is
 * known (a triad that is balanced, then unbalanced, then mixed; a pair only possibly related;
 * camps keeping their numbers), in CSV and JSON; the bundled data by quarter; and the messages
 * for what cannot be run.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { relationLine, validDataWith } from "../support/fixtures";
import { cli } from "../support/cli";

/**
 * The loader's valid data (Pakistan, the Afghan Taliban, TTP) and Islamic State, with: the
 * Taliban sheltering TTP from 2014 to mid-2023 and striking it from 2024; Pakistan striking TTP
 * from 2019 and the Taliban from 2020, and sheltering the Taliban through 2025 (a mixed pair then);
 * Pakistan sheltering IS sometime in 2022 (only possible on any one day).
 */
function triadData(): string {
  return validDataWith(
    [
      relationLine("refuge", "taliban", "ttp", "sanctuary", "2014-01-01/2023-06-30"),
      relationLine("turn", "taliban", "ttp", "airstrike", "2024-01-01/.."),
      relationLine("strikes-ttp", "pakistan", "ttp", "airstrike", "2019-01-01/.."),
      relationLine("strikes-taliban", "pakistan", "taliban", "airstrike", "2020-01-01/.."),
      relationLine("shelter-taliban", "pakistan", "taliban", "sanctuary", "2025-01-01/2025-12-31"),
      relationLine("shelter-is", "pakistan", "is", "sanctuary", "2022"),
    ],
    (actors) => actors + "  - id: is\n    label: Islamic State\n    kind: armed-group\n",
  );
}

describe("balance on a data set whose answer is known", () => {
  const data = triadData();

  test("CSV: one row per year as of its last day, triads counted, possible pairs left out, camps numbered and kept", async () => {
    const { code, out, err } = await cli("balance", "--data", data, "--from", "2018", "--to", "2025", "--step", "year");
    expect(err).toBe("");
    expect(code).toBe(0);
    const [header, ...rows] = out.trimEnd().split("\n");
    expect(header).toBe("date,balance,triads,balanced_triads,unbalanced_triads,mixed_triads,positive_pairs,negative_pairs,mixed_pairs,possible_pairs_left_out,camp_count,frustration,camps");
    expect(rows).toEqual([
      "2018-12-31,,0,0,0,0,1,0,0,0,1,0,1: taliban ttp",
      "2019-12-31,,0,0,0,0,1,1,0,0,2,0,1: taliban ttp | 2: pakistan",
      "2020-12-31,1.0000,1,1,0,0,1,2,0,0,2,0,1: taliban ttp | 2: pakistan",
      "2021-12-31,1.0000,1,1,0,0,1,2,0,0,2,0,1: taliban ttp | 2: pakistan",
      "2022-12-31,1.0000,1,1,0,0,1,2,0,1,2,0,1: taliban ttp | 2: pakistan",
      "2023-12-31,,0,0,0,0,0,2,0,0,2,0,1: taliban ttp | 2: pakistan",
      "2024-12-31,0.0000,1,0,1,0,0,3,0,0,3,0,1: taliban | 2: pakistan | 3: ttp",
      // The mixed pair counts for no split: Pakistan and the Taliban share camp 1, TTP keeps its number.
      "2025-12-31,,1,0,0,1,0,2,1,0,2,0,1: pakistan taliban | 3: ttp",
    ]);
  });

  test("JSON: the same steps, camps as arrays; a series starting at war numbers its three camps by first actor", async () => {
    const { out } = await cli("balance", "--data", data, "--from", "2024-06", "--to", "2024-12", "--step", "quarter", "--format", "json");
    const json = JSON.parse(out);
    expect(json).toMatchObject({ from: "2024-06", to: "2024-12", step: "quarter" });
    expect(json.steps.map((s: { date: string }) => s.date)).toEqual(["2024-06-30", "2024-09-30", "2024-12-31"]);
    expect(json.steps[2]).toEqual({
      date: "2024-12-31",
      balance: 0,
      triads: 1,
      balanced: 0,
      unbalanced: 1,
      mixed: 0,
      pairs: { positive: 0, negative: 3, mixed: 0 },
      possiblePairsLeftOut: 0,
      campCount: 3,
      frustration: 0,
      camps: [
        { camp: 1, actors: ["pakistan"] },
        { camp: 2, actors: ["taliban"] },
        { camp: 3, actors: ["ttp"] },
      ],
    });
  });

  test("the filters of export narrow every step", async () => {
    const { out } = await cli("balance", "--data", data, "--from", "2021", "--to", "2021", "--families", "hostile");
    expect(out.trimEnd().split("\n")[1]).toBe("2021-12-31,,0,0,0,0,0,2,0,0,2,0,1: taliban ttp | 2: pakistan");
  });

  test("--out writes the file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "faultlines-balance-out-")), "balance.csv");
    const { out, err } = await cli("balance", "--data", data, "--from", "2018", "--to", "2025", "--out", file);
    expect(out).toBe("");
    expect(err).toContain(`wrote 8 steps to ${file}`);
    expect(readFileSync(file, "utf8").split("\n")[0]).toMatch(/^date,balance,/);
  });
});

test("the bundled data by quarter, 2001 to 2026: a row per quarter up to the evidence's end, 31 Mar 2026, balance between 0 and 1 or empty", async () => {
  const { code, out, err } = await cli("balance", "--from", "2001", "--to", "2026", "--step", "quarter", "--format", "json");
  expect(code).toBe(0);
  const { steps } = JSON.parse(out);
  expect(steps).toHaveLength(25 * 4 + 1);
  expect(steps[0].date).toBe("2001-03-31");
  expect(steps.at(-1).date).toBe("2026-03-31");
  expect(err).toBe("balance: Evidence runs to 31 Mar 2026, so the last step is 2026-03-31, not 2026-12-31\n");
  for (const s of steps) expect(s.balance === null ? s.balanced + s.unbalanced === 0 : s.balance >= 0 && s.balance <= 1).toBe(true);
  expect(steps.at(-1).camps.flatMap((c: { actors: string[] }) => c.actors)).toContain("pakistan");
});

describe("balance refuses what it cannot run, naming the option, the value and the fix", () => {
  test.each([
    [["--from", "2001", "--to", "2026", "--step", "week"], '--step "week" is not a step; use one of: year, quarter, month'],
    [["--from", "2001", "--to", "2026", "--format", "md"], '--format "md" is not supported; use one of: csv, json'],
    [["--from", "2026", "--to", "2001"], "--to 2001 is before --from 2026; the second moment cannot come first: swap them"],
    [["--from", "2001-02-30", "--to", "2026"], '--from "2001-02-30": not a valid calendar date.'],
    [["--from", "2001"], "--to is missing; give both ends, e.g. --from 2001 --to 2026"],
    [["--from", "2027", "--to", "2028"], "Evidence runs to 31 Mar 2026, before --from 2027: no step would rest on evidence; start earlier"],
    [["--from", "2001", "--to", "2026", "--certain"], "--certain does not apply: balance and camps count only the relations certainly active"],
    [["--at", "2026-03-01"], "balance runs through time: give --from A --to B"],
  ])("%j", async (args, message) => {
    const { code, out, err } = await cli("balance", ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`faultlines balance: ${message}`);
  });
});
