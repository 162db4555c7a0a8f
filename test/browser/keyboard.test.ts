/**
 * The explorer by keyboard alone, in a real Chromium at 1440×900 on the bundled data: the first
 * Tab stop is a skip link, and two more keys reach the timeline; the graph takes focus and the
 * arrow keys move the selection to the nearest actor drawn that way (only actors shown count),
 * saying its name; Enter goes on to its details; Escape steps back one level at a time; "?"
 * (or the "?" button over the graph's corner) lists the shortcuts in a dialog that gives focus
 * back when closed, and never opens while typing.
 * axe-core finds nothing serious with the dialog open. Screenshots of the focus ring and the
 * dialog, light and dark, go to test-results/keyboard/.
 */
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/keyboard";
mkdirSync(OUT, { recursive: true });

const session = explorerSession();

const graph = (page: Page) => page.getByRole("application", { name: /^Graph: / });
const heading = (page: Page) => page.locator("fl-details").getByRole("heading", { level: 2 });
const hint = (page: Page) => page.locator("fl-details").getByText(/^Click an actor or a relation/);
/** What the polite live region of the graph last said. */
const said = (page: Page) => page.locator("#graph-announcer").textContent();
const statusLine = (page: Page) => page.getByTestId("status").textContent();

/** The element with focus, down through shadow roots: its tag and its name (label, or text). */
function focused(page: Page): Promise<{ tag: string; name: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: "", name: "" };
    return { tag: el.tagName.toLowerCase(), name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ") };
  });
}

/** Whether `locator`'s element has focus, as the innermost focused element. */
const hasFocus = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });

/** The actors shown and where they are drawn, in the graph's pixels, once the camera is still. */
async function drawnActors(page: Page): Promise<{ visible: string[]; at: Record<string, { x: number; y: number }> }> {
  await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspectRenderer()!.getCamera().isAnimated())).toBe(false);
  return page.evaluate(() => {
    const seen = document.querySelector("faultlines-app")!.automation.inspect();
    return { visible: seen.visibleActors, at: Object.fromEntries(seen.visibleActors.map((a) => [a, seen.actorPosition(a)!])) };
  });
}

/** Whether `b` is drawn within 45° of `direction` from `a` (y grows downwards on screen). */
function lies(a: { x: number; y: number }, b: { x: number; y: number }, direction: "right" | "up"): boolean {
  const [along, across] = direction === "right" ? [b.x - a.x, Math.abs(b.y - a.y)] : [a.y - b.y, Math.abs(b.x - a.x)];
  return along > 0 && across <= along;
}

describe("skip links", () => {
  test("the first Tab stop skips to the graph, the second to the timeline: three keys reach the timeline's first control", async () => {
    const page = await session.open("at=2026-03-01");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ tag: "a", name: "Skip to graph" });
    // Visible once focused, at the top of the page.
    const link = page.getByRole("link", { name: "Skip to graph" });
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.height).toBeGreaterThan(10);
    await page.screenshot({ path: `${OUT}/1-skip-link.png`, clip: { x: 0, y: 0, width: 600, height: 120 } });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ tag: "a", name: "Skip to timeline" });
    await page.keyboard.press("Enter");
    expect(await hasFocus(page.getByRole("contentinfo", { name: "Timeline" })), "the timeline region has focus").toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ tag: "button", name: "As of" });
    // Out of focus, the links are off screen.
    expect((await link.boundingBox())!.y + (await link.boundingBox())!.height).toBeLessThanOrEqual(0);
    await page.close();
  });

  test("Skip to graph and Skip to details move focus to those regions", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await hasFocus(graph(page)), "the graph has focus").toBe(true);
    await page.close();
    const again = await session.open("at=2026-03-01&actor=pakistan");
    for (let i = 0; i < 3; i++) await again.keyboard.press("Tab");
    expect(await focused(again)).toEqual({ tag: "a", name: "Skip to details" });
    await again.keyboard.press("Enter");
    expect(await hasFocus(again.getByRole("complementary", { name: "Details" })), "the details panel has focus").toBe(true);
    await again.keyboard.press("Tab");
    expect(await focused(again)).toEqual({ tag: "button", name: "Close" });
    await again.close();
  });
});

describe("the graph by keyboard", () => {
  test("arrow keys move from Pakistan to its nearest neighbour that way, say its name, and Enter opens its details", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    await graph(page).focus();
    for (const theme of ["light", "dark"] as const) {
      if (theme === "dark") await page.getByRole("button", { name: "Dark theme" }).click();
      if (theme === "dark") await graph(page).focus();
      await page.screenshot({ path: `${OUT}/2-graph-focus-${theme}.png` });
    }
    const { at } = await drawnActors(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => heading(page).textContent()).toBe("Turkey");
    expect(await said(page)).toBe("Turkey");
    expect(lies(at.pakistan, at.turkey, "right"), "Turkey is drawn to the right of Pakistan").toBe(true);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => heading(page).textContent()).toBe("Pakistan");
    expect(await said(page)).toBe("Pakistan");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => heading(page).textContent()).toBe("India");
    expect(await said(page)).toBe("India");
    expect(lies(at.pakistan, at.india, "up"), "India is drawn above Pakistan").toBe(true);
    // The canvas highlights it as a click does: it is the selected actor.
    expect(await page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedActor)).toBe("india");
    await page.screenshot({ path: `${OUT}/3-graph-moved-dark.png` });
    expect(await hasFocus(graph(page)), "the graph keeps focus while moving").toBe(true);
    await page.keyboard.press("Enter");
    expect(await hasFocus(heading(page)), "Enter moves focus to the details' heading").toBe(true);
    await page.close();
  });

  test("the camera follows an actor the arrows reach outside the view", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    const box = (await graph(page).boundingBox())!;
    const inView = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    // Zoomed in on Pakistan with the wheel, as a reader would, until the United States is out of view.
    const { at } = await drawnActors(page);
    await page.mouse.move(box.x + at.pakistan.x, box.y + at.pakistan.y);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
    await page.mouse.move(5, box.y + box.height / 2);
    await expect.poll(async () => inView((await drawnActors(page)).at["united-states"])).toBe(false);
    await graph(page).focus();
    for (let i = 0; i < 6 && (await heading(page).textContent()) !== "United States"; i++) {
      await page.keyboard.press("ArrowUp");
      await expect.poll(() => said(page)).not.toBe("");
    }
    expect(await heading(page).textContent()).toBe("United States");
    await expect.poll(async () => inView((await drawnActors(page)).at["united-states"])).toBe(true);
    await page.close();
  });

  test("only actors shown count: with mediation hidden, Turkey (a mediator only) is passed over", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan&hide-families=mediating");
    const { visible, at } = await drawnActors(page);
    expect(visible).not.toContain("turkey");
    await graph(page).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => heading(page).textContent()).not.toBe("Pakistan");
    const selected = await page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedActor!);
    expect(visible).toContain(selected);
    expect(lies(at.pakistan, at[selected], "right")).toBe(true);
    await page.close();
  });

  test("with nothing selected the first arrow selects the actor nearest the middle; at the edge it says there is none further", async () => {
    const page = await session.open("at=2026-03-01");
    const { at } = await drawnActors(page);
    const box = (await graph(page).boundingBox())!;
    const middle = Object.entries(at).sort(([, a], [, b]) => Math.hypot(a.x - box.width / 2, a.y - box.height / 2) - Math.hypot(b.x - box.width / 2, b.y - box.height / 2))[0][0];
    await graph(page).focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedActor)).toBe(middle);
    // Far right, then once more: nothing there, and the selection stays.
    for (let i = 0; i < 25 && !(await said(page))!.startsWith("No actor"); i++) await page.keyboard.press("ArrowRight");
    expect(await said(page)).toBe("No actor further right");
    const { at: now } = await drawnActors(page);
    const selected = await page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedActor!);
    expect(Object.values(now).filter((p) => lies(now[selected], p, "right")), "actors drawn to the right of the last one").toEqual([]);
    await page.close();
  });
});

describe("Escape goes back one level", () => {
  test("from a relation opened from an actor in its ego view: to the actor, to the full view, to nothing", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    await page.locator("fl-details").getByRole("button", { name: "1 hop" }).click();
    await expect.poll(() => statusLine(page)).toContain("ego view of Pakistan");
    await page.locator("fl-details").locator("button.relation").first().click();
    const relationType = await heading(page).textContent();
    expect(relationType).not.toBe("Pakistan");
    await page.keyboard.press("Escape");
    await expect.poll(() => heading(page).textContent()).toBe("Pakistan");
    expect(await statusLine(page), "the ego view stays").toContain("ego view of Pakistan");
    await page.keyboard.press("Escape");
    await expect.poll(() => statusLine(page)).not.toContain("ego view");
    expect(await heading(page).textContent(), "the actor stays").toBe("Pakistan");
    await page.keyboard.press("Escape");
    await hint(page).waitFor();
    // Nothing is left to go back from: Escape changes nothing.
    await page.keyboard.press("Escape");
    expect(await hint(page).count()).toBe(1);
    await page.close();
  });

  test("from a relation opened from a pair: to the pair, then to nothing", async () => {
    const page = await session.open("at=2026-03-01&pair=pakistan,afghan-taliban");
    await page.locator("fl-details").locator("button.relation").first().click();
    expect(await heading(page).textContent()).not.toMatch(/ and /);
    await page.keyboard.press("Escape");
    await expect.poll(() => heading(page).textContent()).toBe("Pakistan and Afghan Taliban");
    await page.keyboard.press("Escape");
    await hint(page).waitFor();
    await page.close();
  });

  test("in the search field Escape keeps its own meaning: the list closes, the field clears, the actor stays", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    await page.keyboard.press("/");
    await page.keyboard.type("ira");
    await page.getByRole("option", { name: /Iran/ }).waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await page.getByRole("combobox", { name: "Search actors" }).inputValue()).toBe("");
    expect(await heading(page).textContent()).toBe("Pakistan");
    await page.close();
  });
});

describe("the shortcuts dialog", () => {
  const dialog = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });

  test("? opens it from the graph; it lists the keys; Escape closes it and focus goes back to the graph; no serious axe violation", async () => {
    const page = await session.open("at=2026-03-01&actor=pakistan");
    await graph(page).focus();
    await page.keyboard.press("?");
    await dialog(page).waitFor();
    const text = (await dialog(page).textContent())!.replace(/\s+/g, " ");
    for (const key of ["/", "?", "Esc", "Enter", "←", "Page Up", "Page Down", "Home", "End", "Shift"]) expect(text).toContain(key);
    for (const where of ["Anywhere", "On the graph", "In the search field", "On a timeline handle", "In the timeline", "In a timeline date field"]) expect(text).toContain(where);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/4-shortcuts-light.png` });
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "hidden" });
    expect(await hasFocus(graph(page)), "focus is back on the graph").toBe(true);
    // Escape closed the dialog only: the actor is still selected.
    expect(await heading(page).textContent()).toBe("Pakistan");
    await page.close();
  });

  test("the ? button opens it too, Close shuts it and focus goes back to the button; typed in a field, ? is text", async () => {
    const page = await session.open("at=2026-03-01&theme=dark");
    const button = page.getByRole("button", { name: "Keyboard shortcuts" });
    await button.click();
    await dialog(page).waitFor();
    await page.screenshot({ path: `${OUT}/5-shortcuts-dark.png` });
    await dialog(page).getByRole("button", { name: "Close" }).click();
    await dialog(page).waitFor({ state: "hidden" });
    expect(await hasFocus(button), "focus is back on the button").toBe(true);
    await page.keyboard.press("/");
    await page.keyboard.type("what?");
    expect(await page.getByRole("combobox", { name: "Search actors" }).inputValue()).toBe("what?");
    expect(await dialog(page).isVisible()).toBe(false);
    await page.close();
  });
});
