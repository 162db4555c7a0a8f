/**
 * What each event data set's categories mean, in CAMEO's and PLOVER's terms, for the default
 * mapping (event-mapping.ts) to find the taxonomy's type that lists the same code. Every ACLED
 * sub-event type of the codebook (2023-2024: six event types, twenty-five sub-event types), UCDP
 * GED's three types of violence and the UCDP/PRIO dyadic data set's four types of conflict and
 * its secondary warring parties.
 *
 * Direction comes from the category: ACLED's actor1 and actor2 carry none, but a strike, an attack
 * on civilians or an arrest has a doer (actor1) and a done-to (actor2). Where the order says
 * nothing (a clash; a protest, whose actor1 is the protesters whoever used force), the pair is
 * undirected.
 */
import type { EventFormat } from "./types";

/** A CAMEO event code with its words, e.g. ["195", "employ aerial weapons"]. */
export type Cameo = readonly [code: string, words: string];

export interface CategoryMeaning {
  readonly category: string;
  /** Other spellings a reader may give the category. */
  readonly also?: readonly string[];
  readonly directed: boolean;
  /** CAMEO codes in order of preference; the first the taxonomy lists decides. */
  readonly cameo?: readonly Cameo[];
  /** PLOVER category: the family of a type of its own is that of the taxonomy's types in it. */
  readonly plover?: string;
  /** The family of a type of its own when neither code places it, with why. */
  readonly family?: readonly [id: string, why: string];
  /** Left out by default, with the reason: the user can still map it. */
  readonly leaveOut?: string;
}

const ONE_ACTOR = "it tells of one actor's own act, not of a relation between two";

const ACLED: readonly CategoryMeaning[] = [
  { category: "Battles: Armed clash", directed: false, cameo: [["190", "use conventional military force"]] },
  { category: "Battles: Government regains territory", directed: true, cameo: [["192", "occupy territory"], ["190", "use conventional military force"]] },
  { category: "Battles: Non-state actor overtakes territory", directed: true, cameo: [["192", "occupy territory"], ["190", "use conventional military force"]] },
  { category: "Explosions/Remote violence: Chemical weapon", directed: true, cameo: [["2041", "use chemical, biological or radiological weapons"]], plover: "ASSAULT" },
  { category: "Explosions/Remote violence: Air/drone strike", directed: true, cameo: [["195", "employ aerial weapons"]] },
  { category: "Explosions/Remote violence: Suicide bomb", directed: true, cameo: [["183", "conduct suicide, car or other non-military bombing"]] },
  { category: "Explosions/Remote violence: Shelling/artillery/missile attack", directed: true, cameo: [["194", "fight with artillery and tanks"]], plover: "ASSAULT" },
  { category: "Explosions/Remote violence: Remote explosive/landmine/IED", directed: true, cameo: [["1833", "carry out roadside bombing"], ["183", "conduct suicide, car or other non-military bombing"]] },
  { category: "Explosions/Remote violence: Grenade", directed: true, cameo: [["180", "use unconventional violence"]] },
  { category: "Violence against civilians: Sexual violence", directed: true, cameo: [["1821", "sexually assault"]], plover: "ASSAULT" },
  { category: "Violence against civilians: Attack", directed: true, cameo: [["180", "use unconventional violence"]] },
  { category: "Violence against civilians: Abduction/forced disappearance", directed: true, cameo: [["181", "abduct, hijack or take hostage"]], plover: "ASSAULT" },
  { category: "Protests: Peaceful protest", directed: true, cameo: [["141", "demonstrate or rally"], ["140", "engage in political dissent"]] },
  { category: "Protests: Protest with intervention", directed: false, cameo: [["175", "use tactics of violent repression"]] },
  { category: "Protests: Excessive force against protesters", directed: false, cameo: [["175", "use tactics of violent repression"]] },
  { category: "Riots: Violent demonstration", directed: false, cameo: [["145", "protest violently, riot"]] },
  { category: "Riots: Mob violence", directed: false, cameo: [["145", "protest violently, riot"]] },
  { category: "Strategic developments: Agreement", directed: false, plover: "AGREE", family: ["mediating", "an agreement between the parties (a ceasefire, a peace deal, an exchange of prisoners), as truces are"] },
  { category: "Strategic developments: Arrests", directed: true, cameo: [["173", "arrest, detain"]] },
  { category: "Strategic developments: Change to group/activity", directed: false, leaveOut: ONE_ACTOR },
  { category: "Strategic developments: Disrupted weapons use", directed: false, family: ["hostile", "foiling another's attack or weapons"] },
  { category: "Strategic developments: Headquarters or base established", directed: false, leaveOut: ONE_ACTOR },
  { category: "Strategic developments: Looting/property destruction", directed: true, cameo: [["171", "seize or damage property"]], plover: "COERCE" },
  { category: "Strategic developments: Non-violent transfer of territory", directed: false, cameo: [["0874", "retreat or surrender militarily"]], plover: "RETREAT" },
  { category: "Strategic developments: Other", directed: false, leaveOut: "ACLED could not class the event, so no relation can be read from its kind" },
  // A row with an event type but no sub-event type: the event type's broadest code.
  { category: "Battles", directed: false, cameo: [["190", "use conventional military force"]] },
  { category: "Explosions/Remote violence", directed: true, cameo: [["180", "use unconventional violence"]] },
  { category: "Violence against civilians", directed: true, cameo: [["180", "use unconventional violence"]] },
  { category: "Protests", directed: true, cameo: [["140", "engage in political dissent"]] },
  { category: "Riots", directed: false, cameo: [["145", "protest violently, riot"]] },
  { category: "Strategic developments", directed: false, leaveOut: "without its sub-event type it could be any of several acts, most of one actor alone" },
  {
    category: "Associated actor",
    also: ["Associated actors", "Associated actor 1", "Associated actor 2"],
    directed: false,
    leaveOut: "an associated actor acted with actor1 or actor2 in an event, which does not say how they stand with each other (map it to a type such as Fighting alongside to keep it)",
  },
];

const UCDP_GED: readonly CategoryMeaning[] = [
  { category: "State-based violence", also: ["State-based", "State-based armed conflict"], directed: false, cameo: [["190", "use conventional military force"]] },
  { category: "Non-state violence", also: ["Non-state", "Non-state conflict"], directed: false, cameo: [["190", "use conventional military force"]] },
  { category: "One-sided violence", also: ["One-sided"], directed: true, cameo: [["180", "use unconventional violence"]] },
];

const FIGHTING: readonly Cameo[] = [["190", "use conventional military force"]];

const UCDP_DYADIC: readonly CategoryMeaning[] = [
  { category: "Extrasystemic", also: ["Extrasystemic armed conflict", "Extrasystemic conflict"], directed: false, cameo: FIGHTING },
  { category: "Interstate", also: ["Interstate armed conflict", "Interstate conflict"], directed: false, cameo: FIGHTING },
  { category: "Intrastate", also: ["Intrastate armed conflict", "Intrastate conflict"], directed: false, cameo: FIGHTING },
  { category: "Internationalized intrastate", also: ["Internationalized intrastate armed conflict", "Internationalised intrastate", "Internationalized intrastate conflict"], directed: false, cameo: FIGHTING },
  {
    category: "Secondary warring party",
    also: ["Secondary support", "Secondary warring parties", "Secondary warring party support"],
    directed: true,
    cameo: [["062", "cooperate militarily"]],
  },
];

export const CATEGORY_MEANINGS: Readonly<Record<EventFormat, readonly CategoryMeaning[]>> = { acled: ACLED, "ucdp-ged": UCDP_GED, "ucdp-dyadic": UCDP_DYADIC };
