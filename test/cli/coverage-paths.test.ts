/**
 * coverage reads a source's text only from inside the documents' directory: a data set under
 * review names its own `file:`, and a "..", an absolute path or a symlink out of the folder must
 * not make a CI job print the machine's files.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { FIXTURES } from "../support/fixtures";
import { cli } from "../support/cli";

const SECRET = "SECRET-LINE-never-printed";

/** A data set whose one source names `file`, a documents folder, and a secret file beside it. */
function setUp(file: (docs: string, secret: string) => string) {
  const root = mkdtempSync(join(tmpdir(), "faultlines-paths-"));
  const data = join(root, "data");
  const docs = join(root, "docs");
  cpSync(join(FIXTURES, "valid"), data, { recursive: true });
  mkdirSync(docs);
  const secret = join(root, "secret.txt");
  writeFileSync(secret, `${SECRET}\n\nPakistan launched its first airstrikes on Kabul.\n`);
  writeFileSync(join(data, "sources.yaml"), `sources:\n  - id: doc\n    title: A test document\n    date: "2026-03"\n    file: ${JSON.stringify(file(docs, secret))}\n`);
  return { data, docs, secret };
}

const refusal = /the text of source "doc" is given as file: .*, which leads outside the source documents' directory .*; it was not read\. Fix: give the document's path relative to that directory/;

describe("coverage reads documents only from inside --documents", () => {
  test("a path with .. out of the folder is refused, and nothing of the file is printed", async () => {
    const { data, docs } = setUp((docs, secret) => relative(docs, secret));
    const { code, out, err } = await cli("coverage", data, "--documents", docs);
    expect(code).toBe(2);
    expect(err).toMatch(refusal);
    expect(err).toContain('"../secret.txt"');
    expect(out + err).not.toContain(SECRET);
  });

  test("a deep ../../../../etc/passwd is refused before anything is looked up", async () => {
    const { data, docs } = setUp(() => "../../../../../../../../etc/passwd");
    const { code, out, err } = await cli("coverage", data, "--documents", docs);
    expect(code).toBe(2);
    expect(err).toMatch(refusal);
    expect(out).toBe("");
  });

  test("an absolute path is looked for inside the folder, never at the root", async () => {
    const { data, docs, secret } = setUp((_docs, secret) => secret);
    const { code, out, err } = await cli("coverage", data, "--documents", docs);
    expect(code).toBe(2);
    expect(err).toContain(`is not at ${join(docs, secret)}`);
    expect(out + err).not.toContain(SECRET);
  });

  test("a symlink inside the folder that points outside it is refused", async () => {
    const { data, docs, secret } = setUp(() => "doc.txt");
    symlinkSync(secret, join(docs, "doc.txt"));
    const { code, out, err } = await cli("coverage", data, "--documents", docs);
    expect(code).toBe(2);
    expect(err).toMatch(refusal);
    expect(out + err).not.toContain(SECRET);
  });

  test("a symlinked documents folder and a symlink within it are followed", async () => {
    const { data, docs } = setUp(() => "sub/../doc.txt");
    mkdirSync(join(docs, "real"));
    writeFileSync(join(docs, "real", "text.txt"), "A test document\n\nPakistan launched its first airstrikes\non Kabul.\n");
    symlinkSync(join(docs, "real", "text.txt"), join(docs, "doc.txt"));
    const linked = `${docs}-link`;
    symlinkSync(docs, linked);
    const { out, err } = await cli("coverage", data, "--documents", linked);
    expect(err).not.toMatch(refusal);
    expect(out).toContain('doc.txt (source "doc")');
  });
});
