/**
 * Where the data on screen comes from, as the address says it: the bundled data set (no
 * parameter), a data set the user imported and the browser keeps (`?set=<id>`), or a file
 * shipped with the app and named in a link (`?data=<path>`, same origin only, so a link cannot
 * make the page fetch someone else's file). Kept apart from the view's own parameters so a link
 * to a view of an imported data set reopens both.
 */

export type DataSource =
  | { readonly kind: "bundled" }
  | { readonly kind: "stored"; readonly id: string }
  | { readonly kind: "linked"; readonly url: string };

export const BUNDLED: DataSource = { kind: "bundled" };

/** The id the data set list uses for the bundled data set. */
export const BUNDLED_ID = "bundled";

/** The id the data set list knows a source's data set by. */
export const idOf = (source: DataSource): string => (source.kind === "bundled" ? BUNDLED_ID : source.kind === "stored" ? source.id : `linked:${source.url}`);

/** The parameters that name the data, which the view's own query (state/url.ts) leaves alone. */
export const DATA_PARAMS = ["set", "data"] as const;

export type SourceFromAddress = { readonly source: DataSource } | { readonly source: typeof BUNDLED; readonly problem: string };

/**
 * The data source a query string names; a cross-origin or unreadable `data=` falls back to the
 * bundled data with a reason. A linked file is kept as its path on this site, and that path must
 * read back as the very address it came from: `/.//other-host/x` resolves to this site, but its
 * path `//other-host/x` is another site's address to `fetch` and to the next reader of the link.
 */
export function sourceFromQuery(query: string, base: string): SourceFromAddress {
  const q = new URLSearchParams(query);
  const set = q.get("set");
  if (set) return { source: { kind: "stored", id: set } };
  const data = q.get("data");
  if (data === null || data === "") return { source: BUNDLED };
  const url = sameSiteUrl(data, base);
  if (typeof url === "string") return { source: BUNDLED, problem: url };
  url.hash = "";
  const path = url.pathname + url.search;
  const again = sameSiteUrl(path, base);
  if (again instanceof URL && again.href === url.href) {
    if (nameIn(path) === null)
      return {
        source: BUNDLED,
        problem: `"data=${data}" is not a file address: a "%" in it is not followed by two hex digits. The bundled data set is shown instead. Check the link; a "%" in a file name is written %25`,
      };
    return { source: { kind: "linked", url: path } };
  }
  return {
    source: BUNDLED,
    problem: `"data=${data}" leads to a path (${path}) that reads as another site's address; links may only open files shipped with this app. The bundled data set is shown instead. Write the path with a single leading slash (/data/file.gexf), or download the file and import it with Import…`,
  };
}

/** A link's address resolved against the page, or why it cannot be used: not an address, or on another site. */
function sameSiteUrl(data: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(data, base);
  } catch {
    return `"data=${data}" is not a file address; the bundled data set is shown instead`;
  }
  if (url.origin !== new URL(base).origin)
    return `"data=${data}" is on another site (${url.origin}); links may only open files shipped with this app. The bundled data set is shown instead. Download the file and import it with Import…`;
  return url;
}

/**
 * The address a linked path is fetched from: resolved once against the page, and only when the
 * path is one sourceFromQuery gives for a file of this site (null otherwise). What is fetched is
 * this URL, never the path as written, so no other reading of the path can lead elsewhere.
 */
export function linkedAddress(path: string, base: string): URL | null {
  const read = sourceFromQuery(new URLSearchParams([["data", path]]).toString(), base);
  return read.source.kind === "linked" && read.source.url === path ? new URL(path, base) : null;
}

/** The query parameter that names a source, or none for the bundled data. */
export function sourceParam(source: DataSource): readonly [string, string] | null {
  switch (source.kind) {
    case "bundled":
      return null;
    case "stored":
      return ["set", source.id];
    case "linked":
      return ["data", source.url];
  }
}

export const sameSource = (a: DataSource, b: DataSource): boolean => {
  const pa = sourceParam(a);
  const pb = sourceParam(b);
  return pa === pb || (!!pa && !!pb && pa[0] === pb[0] && pa[1] === pb[1]);
};

/** A query string with the source's parameter first, then the view's. */
export function withSource(source: DataSource, viewQuery: string): string {
  const param = sourceParam(source);
  const view = new URLSearchParams(viewQuery);
  for (const key of DATA_PARAMS) view.delete(key);
  const rest = view.toString();
  if (!param) return rest;
  const head = new URLSearchParams([param as [string, string]]).toString();
  return rest ? `${head}&${rest}` : head;
}

/** The last path segment of a linked address, decoded; null when a percent-escape in it is malformed. */
function nameIn(url: string): string | null {
  const segment = url.split(/[?#]/)[0].split("/").pop() || url;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The file name a linked address points to, for the report and the data set's name: as written when it cannot be decoded. */
export const fileNameOf = (url: string): string => nameIn(url) ?? (url.split(/[?#]/)[0].split("/").pop() || url);
