/** A relation written inline in a test: high confidence, one quoted piece of evidence. */
import { parsePeriod } from "../../src/model/dates";
import type { Relation } from "../../src/model/types";

export const rel = (id: string, source: string, target: string, type: string, periods: string[], directed = true): Relation => ({
  id,
  source,
  target,
  type,
  directed,
  periods: periods.map(parsePeriod),
  confidence: "high",
  evidence: [{ source: "s", quote: "q" }],
});
