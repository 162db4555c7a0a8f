/**
 * Test page for fl-search: the bundled actors in a search box at the top of a toolbar-like
 * strip; each choice is recorded in window.__events and echoed on the page.
 */
import { html, render } from "lit";
import type { ActorSelectEvent } from "../../src/ui/events";
import "../../src/ui/search/search";
import { pageDataSet, record, themeBox } from "./search-details-fixture";

const data = pageDataSet();
const box = themeBox();
let chosen: string | null = null;

function draw(): void {
  render(
    html`<main style="padding: 1rem 1.5rem; max-width: 60rem">
      <h1 style="font-size: 1.2rem; margin: 0 0 0.75rem">Search test page</h1>
      <div style="width: 24rem">
        <fl-search
          .actors=${data.actors}
          .kinds=${data.taxonomy.kinds}
          @actor-select=${(e: ActorSelectEvent) => {
            record("actor-select", e.actor);
            chosen = e.actor;
            draw();
          }}
        ></fl-search>
      </div>
      <p data-testid="chosen">Chosen: ${chosen ?? "none"}</p>
    </main>`,
    box,
  );
}
draw();
