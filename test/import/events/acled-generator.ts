/**
 * A large ACLED export, made row by row for the streaming tests: the codebook's columns, a
 * handful of actors fighting over three years, notes of a few hundred characters, some 600
 * characters a row as real exports have. Deterministic: row i is always the same row.
 */
const HEADER =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

const ACTORS = [
  ["Military Forces of Pakistan (2024-)", "1"],
  ["Police Forces of Pakistan (2024-)", "State forces"],
  ["TTP: Tehrik-i-Taliban Pakistan", "2"],
  ["Lashkar-e-Islam", "Rebel group"],
  ["IS: Islamic State (Pakistan)", "2"],
  ["Unidentified Armed Group (Pakistan)", "3"],
  ["Civilians (Pakistan)", "7"],
] as const;
const TYPES = ["Battles,Armed clash", "Explosions/Remote violence,Air/drone strike", "Violence against civilians,Attack", "Explosions/Remote violence,Remote explosive/landmine/IED"];
const PLACES = ["Mir Ali,Khyber Pakhtunkhwa,North Waziristan", "Bannu,Khyber Pakhtunkhwa,Bannu", "Quetta,Balochistan,Quetta", "Tank,Khyber Pakhtunkhwa,Tank"];
const FILLER = "Security officials said the operation continued into the evening, and local elders reported that families had left the area for nearby towns while the road remained closed. ";

export const ACLED_HEADER = HEADER;

export function acledRow(i: number): string {
  const a = ACTORS[i % 3];
  const b = ACTORS[3 + ((i * 7) % 4)];
  const [eventType, subType] = TYPES[i % TYPES.length].split(",");
  const [location, admin1, admin2] = PLACES[(i >> 2) % PLACES.length].split(",");
  const day = new Date(Date.UTC(2022, 0, 1 + (i % 1095))).toISOString().slice(0, 10);
  const notes = `"On ${day}, ${a[0]} and ${b[0]} were involved in an incident near ${location}, ${admin2} (event ${i}). ${FILLER}${FILLER.slice(0, 120 + (i % 80))}"`;
  return [
    `PAK${100000 + i}`, day, day.slice(0, 4), String(1 + (i % 3)), "Political violence", eventType, subType,
    a[0], "", a[1], b[0], "", b[1], "12", "", "586", "Southern Asia", "Pakistan", admin1, admin2, "", location,
    (32 + (i % 100) / 100).toFixed(4), (70 + (i % 50) / 100).toFixed(4), "1", "Dawn; Express Tribune", "National", notes, String(i % 6), "", "1741651200",
  ].join(",");
}

/** The export as chunks of `rowsPerChunk` rows, the header first, each row ended with CRLF. */
export function* acledChunks(rows: number, rowsPerChunk = 1000): Generator<string> {
  let chunk = `${HEADER}\r\n`;
  for (let i = 0; i < rows; i++) {
    chunk += `${acledRow(i)}\r\n`;
    if ((i + 1) % rowsPerChunk === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
