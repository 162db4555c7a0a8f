/**
 * A data set written back as the project's own four data files (JSON, which the loader reads with
 * JSON.parse), so the load benchmark times exactly what `faultlines validate` and the explorer do
 * with files a person gives them.
 */
import type { SourceText } from "../src/model/load";
import type { ActorsFile, RelationsFile, SourcesFile, TaxonomyFile } from "../src/model/records";
import type { DataSet } from "../src/model/types";

export function dataFilesOf(dataSet: DataSet): SourceText[] {
  const { taxonomy } = dataSet;
  const taxonomyFile: TaxonomyFile = {
    families: taxonomy.families.map((f) => ({ id: f.id, label: f.label, ...(f.description ? { description: f.description } : {}) })),
    kinds: taxonomy.kinds.map((k) => ({ id: k.id, label: k.label, ...(k.description ? { description: k.description } : {}) })),
    types: taxonomy.types.map((t) => ({
      id: t.id,
      label: t.label,
      family: t.family,
      sign: t.sign,
      directed: t.directed,
      ...(t.description ? { description: t.description } : {}),
      cameo: [...t.cameo],
      plover: t.plover,
      mappingMilitants: t.mappingMilitants,
    })),
  };
  const actorsFile: ActorsFile = { actors: dataSet.actors.map((a) => ({ id: a.id, label: a.label, kind: a.kind, ...(a.aliases.length ? { aliases: [...a.aliases] } : {}) })) };
  const relationsFile: RelationsFile = {
    relations: dataSet.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: r.directed,
      periods: r.periods.map((p) => p.edtf),
      confidence: r.confidence,
      evidence: r.evidence.map((e) => ({ source: e.source, quote: e.quote })),
    })),
  };
  const sourcesFile: SourcesFile = { sources: dataSet.sources.map((s) => ({ id: s.id, title: s.title, ...(s.file ? { file: s.file } : {}) })) };
  return [
    { name: "taxonomy.json", text: JSON.stringify(taxonomyFile) },
    { name: "sources.json", text: JSON.stringify(sourcesFile) },
    { name: "actors.json", text: JSON.stringify(actorsFile) },
    { name: "relations.json", text: JSON.stringify(relationsFile) },
  ];
}
