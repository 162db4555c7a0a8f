/**
 * The name an imported data set is listed under: the file's name without its extension, or the
 * stem the files share ("ttp" for ttp.csv and ttp.actors.csv), or else the main file's.
 */
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;
const stemOf = (name: string): string => baseName(name).replace(/\.[^.]+$/, "") || baseName(name);

/** `main`: the file the report is about (a CSV's relation list), when the files share no stem. */
export function dataSetName(files: readonly string[], main?: string): string {
  const stems = files.map(stemOf);
  if (stems.length <= 1) return stems[0] ?? "Imported data";
  let common = stems[0];
  for (const stem of stems) while (!stem.startsWith(common)) common = common.slice(0, -1);
  common = common.replace(/[\s._-]+$/, "");
  if (common.length >= 2) return common;
  if (main !== undefined && files.includes(main)) return stemOf(main);
  return stems.join(" + ");
}

/** The name of files added to the data set on screen: "Pakistan and the TTP + acled-2025". */
export const mergedName = (onScreen: string, imported: string): string => `${onScreen} + ${imported}`;
