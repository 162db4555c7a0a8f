/**
 * The shapes of the records as written in the data files (see graph-data/schema/). They are
 * what the JSON Schema lets through; resolve.ts turns them into the domain types.
 */
export interface TaxonomyFile {
  families: { id: string; label: string; description?: string }[];
  kinds: { id: string; label: string; description?: string }[];
  types: {
    id: string;
    label: string;
    family: string;
    sign: -1 | 0 | 1;
    directed: boolean;
    description?: string;
    cameo: string[];
    plover: string | null;
    mappingMilitants: "affiliate" | "ally" | "merger" | "rival" | "split" | null;
    timing?: "event" | "state";
  }[];
}

export interface ActorsFile {
  actors: { id: string; label: string; kind: string; aliases?: string[]; description?: string; lifetime?: string; changes?: { from: string; kind?: string; label?: string; note?: string }[] }[];
}

export interface RelationsFile {
  relations: {
    id: string;
    source: string;
    target: string;
    type: string;
    directed?: boolean;
    periods: string[];
    confidence: "high" | "medium" | "low";
    evidence: { source: string; quote: string; location?: string; date?: string; fatalities?: number }[];
    note?: string;
  }[];
}

export interface SourcesFile {
  sources: { id: string; title: string; author?: string; publisher?: string; date?: string; file?: string; url?: string }[];
}
