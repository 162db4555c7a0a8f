/**
 * Actors whose labels look the same but are not: they differ only by invisible characters
 * (zero-width spaces and joiners, bidi controls, the byte-order mark) or by forms that NFKC
 * folds together (full-width letters, ligatures). A reader cannot tell such actors apart on the
 * graph, and a file can use them to pass one actor off as another, so each importer ends by
 * warning about every such pair, naming both.
 */
import type { Actor } from "../../model/types";
import type { DiagnosticCollector } from "./report";

/** U+200B–U+200F, U+202A–U+202E, U+2066–U+2069 and U+FEFF: nothing to see, but not the same text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One linear pass per label (NFKC is linear), and one map lookup: the check stays linear. */
const lookOf = (label: string): string => label.replace(INVISIBLE, "").normalize("NFKC").replace(INVISIBLE, "");

/** A label with its invisible characters made visible, so the message shows the difference. */
const shown = (label: string): string => {
  const cut = label.length > 80 ? `${label.slice(0, 79)}…` : label;
  return `"${cut.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`)}"`;
};

export function warnLookAlikes(actors: readonly Actor[], log: DiagnosticCollector): void {
  const firstByLook = new Map<string, Actor>();
  for (const actor of actors) {
    const look = lookOf(actor.label);
    const first = firstByLook.get(look);
    if (!first) firstByLook.set(look, actor);
    else if (first.label !== actor.label)
      log.warn(
        { path: "actors", recordId: actor.id, problem: "look-alike-labels" },
        `the actors "${first.id}" (label ${shown(first.label)}) and "${actor.id}" (label ${shown(actor.label)}) look the same: their labels differ only by invisible characters or by forms Unicode folds together (NFKC), so no reader can tell them apart`,
        "If they are one actor, merge them; otherwise remove the invisible characters and rename one so the labels differ in what can be seen",
        actor.label,
      );
  }
}
