/**
 * Every key the explorer answers to, grouped by where it acts, as the shortcuts dialog lists
 * them. Keys are written as they are named on a keyboard; each list of keys is one way to do
 * the thing, and alternatives are separate entries.
 */

export interface Shortcut {
  /** The keys pressed together, e.g. ["Shift", "←"]. */
  readonly keys: readonly (readonly string[])[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly where: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    where: "Anywhere",
    shortcuts: [
      { keys: [["/"]], does: "Search actors" },
      { keys: [["?"]], does: "This list of shortcuts" },
      {
        keys: [["Esc"]],
        does: "Go back one level: close a dialog; from a relation back to its actor or pair; from an ego view to the whole graph; from a pair or an actor to nothing selected",
      },
      { keys: [["Tab"], ["Shift", "Tab"]], does: "Next or previous control; the first stops skip to the graph, the timeline or the details" },
    ],
  },
  {
    where: "On the graph",
    shortcuts: [
      { keys: [["←"], ["→"], ["↑"], ["↓"]], does: "Select the nearest actor that way (from the middle when none is selected)" },
      { keys: [["Enter"]], does: "Go to the details of what is selected" },
    ],
  },
  {
    where: "In the search field",
    shortcuts: [
      { keys: [["↓"], ["↑"]], does: "Move through the matches" },
      { keys: [["Enter"]], does: "Choose the match highlighted" },
      { keys: [["Esc"]], does: "Close the list; again to clear the field" },
    ],
  },
  {
    where: "On a timeline handle",
    shortcuts: [
      { keys: [["←"], ["→"], ["↓"], ["↑"]], does: "One step earlier or later, by the size chosen under Step (a day, a month, a year or to the next change)" },
      { keys: [["Shift", "←"], ["Shift", "→"], ["Page Down"], ["Page Up"]], does: "A year earlier or later" },
      { keys: [["Home"], ["End"]], does: "The first date, or the last day of the evidence" },
    ],
  },
  {
    where: "In the timeline",
    shortcuts: [
      { keys: [["["], ["]"]], does: "The previous or next change: a day where a relation shown by the filters starts or ends" },
    ],
  },
  {
    where: "In a timeline date field",
    shortcuts: [
      { keys: [["Enter"]], does: "Go to the date typed: a day (27 Feb 2026), a month (2025-10, Oct 2025) or a year (2021)" },
      { keys: [["Esc"]], does: "Put back the date shown" },
    ],
  },
];
