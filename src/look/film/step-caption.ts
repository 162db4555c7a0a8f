/**
 * A film step's caption: what changed since the step before, from the comparison of the two
 * steps' slices (model/compare.ts): "Since Feb 2025: began: Pakistan → TTP air or drone
 * strike ×2; ended: Qatar — Afghan Taliban mediation; Pakistan and Afghan Taliban turned
 * hostile". Cut to about one slide line with "and 3 more"; "" when nothing changed. A change
 * that rests on a possibility says so. Names come in through Names, so this stays pure.
 */
import type { Names } from "../../model/change-words";
import { SIGN_WORDS } from "../../model/change-words";
import type { Comparison, PairTurn, RelationChange } from "../../model/compare";

/** About what a reader takes in while a step holds, and what fits two lines of a slide's foot. */
export const STEP_CAPTION_CHARS = 140;

const length = (text: string): number => [...text].length;

/** "air or drone strike", but "TTP attack" and "ISKP…" keep their capitals: only a capital word's first letter is lowered. */
const lowered = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** "Pakistan → TTP air or drone strike" (— for a mutual one), "(possibly)" when only possibly so. */
function relationWords(c: RelationChange, names: Names): string {
  const r = c.relation;
  return `${names.actor(r.source)} ${r.directed ? "→" : "—"} ${names.actor(r.target)} ${lowered(names.type(r.type))}${c.possible ? " (possibly)" : ""}`;
}

/** "Pakistan and Afghan Taliban turned hostile" ("possibly turned…" when so). */
const turnedWords = (turn: PairTurn, names: Names): string =>
  `${names.actor(turn.actors[0])} and ${names.actor(turn.actors[1])} ${turn.possible ? "possibly " : ""}turned ${SIGN_WORDS[turn.after]}`;

/** The same words once, "×3" when several relations say them (three strikes begun in one month). */
function tally(words: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].map(([w, n]) => (n > 1 ? `${w} ×${n}` : w));
}

interface Item {
  readonly part: "began" | "ended" | "turned";
  readonly text: string;
}

function render(since: string, items: readonly Item[], left: number): string {
  const of = (part: Item["part"]) => items.filter((i) => i.part === part).map((i) => i.text);
  const clauses = [
    ...(of("began").length ? [`began: ${of("began").join(", ")}`] : []),
    ...(of("ended").length ? [`ended: ${of("ended").join(", ")}`] : []),
    ...of("turned"),
    ...(left ? [`and ${left} more`] : []),
  ];
  return `Since ${since}: ${clauses.join("; ")}`;
}

/**
 * The caption of a step whose comparison with the step before (labelled `since`, "Feb 2025") is
 * given. Turns are kept first when it must be cut (a pair changing sides is the story), then
 * certain changes before possible ones.
 */
export function stepCaption(comparison: Comparison, since: string, names: Names, maxChars = STEP_CAPTION_CHARS): string {
  const turned = comparison.turns.map((t) => ({ part: "turned" as const, text: turnedWords(t, names) }));
  // What the dates say for certain before what they only allow, so a cut caption keeps the facts.
  const told = (changes: readonly RelationChange[]) => tally([...changes].sort((a, b) => Number(a.possible) - Number(b.possible)).map((c) => relationWords(c, names)));
  const began = told(comparison.added).map((text) => ({ part: "began" as const, text }));
  const ended = told(comparison.ended).map((text) => ({ part: "ended" as const, text }));
  const byPriority = [...turned, ...began, ...ended];
  if (!byPriority.length) return "";
  for (let kept = byPriority.length; kept > 0; kept--) {
    const text = render(since, byPriority.slice(0, kept), byPriority.length - kept);
    if (length(text) <= maxChars) return text;
  }
  const changes = comparison.added.length + comparison.ended.length + comparison.turned.length;
  return `Since ${since}: ${changes} ${changes === 1 ? "change" : "changes"}`;
}
