/**
 * The date test the baselines run on every relation at every change: is one of its periods
 * active on the day? Written the way a reducer or a filter would, straight on the periods.
 */
import type { Period } from "../../src/model/dates";

export const activeOn = (periods: readonly Period[], day: number): boolean => periods.some((p) => p.first <= day && p.last >= day);
