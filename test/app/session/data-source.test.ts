/**
 * The data source an address names: bundled, kept in the browser, or a file of the app's own
 * site; other sites and unreadable addresses fall back to the bundled data with a reason; the
 * source's parameter goes first and replaces any stale one when the view's query is written.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BUNDLED, fileNameOf, linkedAddress, sameSource, sourceFromQuery, sourceParam, withSource, type DataSource } from "../../../src/app/session/data-source";

const BASE = "https://faultlines.example/app/?at=2026-01-01";

describe("reading the address", () => {
  test("no parameter is the bundled data set", () => {
    expect(sourceFromQuery("?at=2026-01-01&actor=ttp", BASE)).toEqual({ source: BUNDLED });
    expect(sourceFromQuery("?data=", BASE)).toEqual({ source: BUNDLED });
  });

  test("set= names a data set kept in the browser, and wins over data=", () => {
    expect(sourceFromQuery("?set=abc-123&data=/x.gexf", BASE)).toEqual({ source: { kind: "stored", id: "abc-123" } });
  });

  test("data= names a file of the same site, relative or absolute, kept as a path", () => {
    expect(sourceFromQuery("?data=samples/ttp.gexf", BASE)).toEqual({ source: { kind: "linked", url: "/app/samples/ttp.gexf" } });
    expect(sourceFromQuery(`?data=${encodeURIComponent("https://faultlines.example/x.csv?v=2")}`, BASE)).toEqual({ source: { kind: "linked", url: "/x.csv?v=2" } });
  });

  test("data= on another site is refused with the reason and the fix", () => {
    const read = sourceFromQuery(`?data=${encodeURIComponent("https://evil.example/x.gexf")}`, BASE);
    expect(read.source).toEqual(BUNDLED);
    expect("problem" in read && read.problem).toMatch(/on another site \(https:\/\/evil\.example\).*import it with Import…/);
    expect(sourceFromQuery("?data=//evil.example/x.gexf", BASE).source).toEqual(BUNDLED);
  });

  test("data= that is not an address is refused", () => {
    const read = sourceFromQuery("?data=http://[bad", BASE);
    expect(read.source).toEqual(BUNDLED);
    expect("problem" in read && read.problem).toMatch(/is not a file address/);
  });
});

describe("writing the address", () => {
  test("the source's parameter comes first and replaces a stale one", () => {
    expect(withSource({ kind: "stored", id: "s1" }, "at=2026-01-01&set=old&data=/y")).toBe("set=s1&at=2026-01-01");
    expect(withSource({ kind: "linked", url: "/a b.gexf" }, "")).toBe("data=%2Fa+b.gexf");
    expect(withSource(BUNDLED, "set=old&actor=ttp")).toBe("actor=ttp");
  });

  test("what is written reads back as the same source", () => {
    const source = fc.oneof(
      fc.constant<DataSource>(BUNDLED),
      fc.string({ minLength: 1 }).map((id): DataSource => ({ kind: "stored", id })),
      fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }).map((parts): DataSource => ({ kind: "linked", url: new URL(`/${parts.map(encodeURIComponent).join("/")}`, "https://faultlines.example").pathname })),
    );
    fc.assert(
      fc.property(source, (s) => {
        const read = sourceFromQuery(`?${withSource(s, "at=2026-01-01")}`, "https://faultlines.example/");
        expect(sameSource(read.source, s)).toBe(true);
      }),
    );
  });

  test("sources compare by what they name", () => {
    expect(sameSource(BUNDLED, { kind: "bundled" })).toBe(true);
    expect(sameSource({ kind: "stored", id: "a" }, { kind: "stored", id: "b" })).toBe(false);
    expect(sameSource({ kind: "stored", id: "a" }, { kind: "linked", url: "a" })).toBe(false);
    expect(sourceParam(BUNDLED)).toBeNull();
  });

  test("a linked file is named by its last path segment", () => {
    expect(fileNameOf("/samples/My%20network.gexf?v=1")).toBe("My network.gexf");
  });
});

describe("a link cannot lead the page to another site", () => {
  const SITE = "https://faultlines.example";
  /** Pages of the same site the path may later be read against: the app, and deeper or shallower ones. */
  const PAGES = [BASE, `${SITE}/`, `${SITE}/a/b/c/page?x=1`];
  const TRICKS = [
    "/.//evil.example:8080/x.gexf",
    "/./\\evil.example/x.gexf",
    "/.\\/evil.example/x.gexf",
    "/..//evil.example/x.gexf",
    "./..//evil.example/x.gexf",
    "../..//evil.example/x.gexf",
    "/\t.//evil.example/x.gexf",
    "/.\n//evil.example/x.gexf",
    "/./\t/evil.example/x.gexf",
    "/%2e//evil.example/x.gexf",
    "/%2E%2E//evil.example/x.gexf",
    "/.//evil.example",
    "/.//",
  ];

  test.each(TRICKS)("%j resolves to this site, but its path would be another's: refused with the value and the fix", (data) => {
    const read = sourceFromQuery(new URLSearchParams([["data", data]]).toString(), BASE);
    expect(read.source).toEqual(BUNDLED);
    expect("problem" in read && read.problem).toContain(`"data=${data}"`);
    expect("problem" in read && read.problem).toMatch(/links may only open files shipped with this app|is not a file address/);
  });

  test.each(["/\\evil.example/x.gexf", "\\\\evil.example/x.gexf", "//evil.example/x.gexf", "/\t/evil.example/x.gexf", "http:evil.example/x", "http://faultlines.example/x.gexf", "https://faultlines.example:444/x.gexf"])(
    "%j names another site (or scheme, or port): refused",
    (data) => {
      const read = sourceFromQuery(new URLSearchParams([["data", data]]).toString(), BASE);
      expect(read.source).toEqual(BUNDLED);
      expect("problem" in read && read.problem).toMatch(/on another site/);
    },
  );

  test("a path that merely looks odd but stays on this site still opens", () => {
    expect(sourceFromQuery("?data=samples/..//x.gexf", BASE).source).toEqual({ kind: "linked", url: "/app//x.gexf" });
    expect(sourceFromQuery(`?data=${encodeURIComponent("/%2F%2Fevil.example/x.gexf")}`, BASE).source).toEqual({ kind: "linked", url: "/%2F%2Fevil.example/x.gexf" });
  });

  test("any spelling: what is kept reads as this site's address from any of its pages, and that is the address fetched (property)", () => {
    const piece = fc.constantFrom("/", "\\", ".", "..", "%2e", "%2F", "%5C", "\t", "\n", " ", "evil.example", ":8080", "@", "x.gexf", "?v=1", "#f", "%", "%25", "%E0%A4", "https:", "//");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const data = pieces.join("");
        const read = sourceFromQuery(new URLSearchParams([["data", data]]).toString(), BASE);
        if (read.source.kind !== "linked") return;
        const path = read.source.url;
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        for (const page of PAGES) expect(new URL(path, page).origin).toBe(SITE);
        expect(linkedAddress(path, BASE)?.href).toBe(new URL(data, BASE).href.replace(/#.*$/s, ""));
        expect(() => fileNameOf(path)).not.toThrow();
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  test("only a path the address gives for this site is fetched", () => {
    expect(linkedAddress("/app/samples/ttp.gexf", BASE)?.href).toBe("https://faultlines.example/app/samples/ttp.gexf");
    for (const path of ["//evil.example/x.gexf", "/\\evil.example/x.gexf", "https://evil.example/x.gexf", "/.//evil.example/x.gexf", "samples/x.gexf", "/%.gexf"]) expect(linkedAddress(path, BASE)).toBeNull();
  });
});

describe("a malformed percent-escape", () => {
  test.each([
    ["?data=/%25.gexf", "/%.gexf"],
    ["?data=%E0%A4%A", "\uFFFD%A"],
    ["?data=/samples/%25zz.gexf", "/samples/%zz.gexf"],
  ])("%s is refused with the value and the fix, rather than left to throw", (query, value) => {
    const read = sourceFromQuery(query, BASE);
    expect(read.source).toEqual(BUNDLED);
    expect("problem" in read && read.problem).toBe(
      `"data=${value}" is not a file address: a "%" in it is not followed by two hex digits. The bundled data set is shown instead. Check the link; a "%" in a file name is written %25`,
    );
  });

  test("a file name that cannot be decoded is named as written", () => {
    expect(fileNameOf("/samples/%zz.gexf")).toBe("%zz.gexf");
    expect(fileNameOf("/samples/%E0%A4%A.gexf?v=%")).toBe("%E0%A4%A.gexf");
  });
});
