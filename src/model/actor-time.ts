/**
 * An actor's kind and label on a date, from its dated changes (the Afghan Taliban: an armed
 * group, then from 2021 the government of Afghanistan). A change dated to a year may have
 * happened on any of its days: until its last day the actor is shown as it was, as a state dated
 * from a year is certain only once that year is over (certainty.ts), and a kind filter keeps it
 * if either kind is shown (`kindsDuring`).
 */
import type { Day } from "./dates";
import type { Actor } from "./types";

/** The change certainly in force on `day`: the last whose date is wholly over by then, or none. */
function changeIndexOn(actor: Actor, day: Day): number {
  const changes = actor.changes ?? [];
  let found = -1;
  for (let i = 0; i < changes.length; i++) if (changes[i].from.last <= day) found = i;
  return found;
}

/** The actor's kind on `day` (its latest, when day is Infinity). */
export function kindOn(actor: Actor, day: Day): string {
  const changes = actor.changes ?? [];
  for (let i = changeIndexOn(actor, day); i >= 0; i--) if (changes[i].kind) return changes[i].kind!;
  return actor.kind;
}

/** The actor's label on `day`. */
export function labelOn(actor: Actor, day: Day): string {
  const changes = actor.changes ?? [];
  for (let i = changeIndexOn(actor, day); i >= 0; i--) if (changes[i].label) return changes[i].label!;
  return actor.label;
}

/**
 * Every kind the actor may have had on some day of [from, to]: the kind in force before the
 * window, and that of each change that may fall on or before its end.
 */
export function kindsDuring(actor: Actor, from: Day, to: Day): string[] {
  const changes = actor.changes ?? [];
  const kinds = new Set<string>();
  // The kind certainly in force at `from`: that of the last change wholly over by then.
  let kind = actor.kind;
  for (const change of changes) if (change.from.last <= from && change.kind) kind = change.kind;
  kinds.add(kind);
  for (const change of changes) if (change.kind && change.from.last >= from && change.from.first <= to) kinds.add(change.kind);
  return [...kinds];
}

/** Every kind the actor ever has, its first kind first. */
export const allKinds = (actor: Actor): string[] => [...new Set([actor.kind, ...(actor.changes ?? []).flatMap((c) => (c.kind ? [c.kind] : []))])];
