/**
 * The data source an address names: bundled, kept in the browser, or a file of the app's own
 * site; other sites and unreadable addresses fall back to the bundled data with a reason; the
 * source's parameter goes first and replaces any stale one when the view's query is written.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BUNDLED, fileNameOf, sameSource, sourceFromQuery, sourceParam, withSource, type DataSource } from "../../../src/app/session/data-source";

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
