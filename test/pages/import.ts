/**
 * Test page for the import supervisor: hands it workers made by the test that fail on purpose
 * (one throws, one ends without a word), which no file a person can choose would make the app's
 * own worker do, and returns the outcome the supervisor settled on. Every other import is tested
 * through the app's own Import… dialog. What the browser test calls is on testWindow, kept off
 * the global Window type.
 */
import { superviseImport, type ImportOutcome } from "../../src/app/import/import-client";
import type { Taxonomy } from "../../src/model/types";

interface NamedText {
  name: string;
  text: string;
}

const testWindow = window as unknown as {
  __importWithWorker: (script: string, texts: NamedText[], taxonomy: Taxonomy) => Promise<ImportOutcome>;
  __ready: boolean;
};

/** The supervisor on a worker of the test's own making, to see it handle workers that fail. */
testWindow.__importWithWorker = (script, texts, taxonomy) => {
  const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
  const files = texts.map((t) => new File([t.text], t.name, { type: "text/plain" }));
  return superviseImport(new Worker(url, { type: "module" }), files, taxonomy, {}, () => {}).outcome;
};
testWindow.__ready = true;
