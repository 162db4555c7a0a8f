/**
 * Films of the timeline, from the Animate… dialog or a script: one film at a time, made from
 * the view on screen (film/film-maker.ts), downloaded when done, cancelled on request or when
 * the explorer leaves the page. Holds what the dialog shows of it: what this browser can write,
 * how far the film has got, the file made, or what went wrong.
 * A Lit reactive controller: the host re-renders as the film moves on.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { filmFileName } from "../../look/film/film-spec";
import type { FilmProgress, FilmSpec } from "../../look/film/types";
import { filmSupport, type FormatSupport } from "../../render/film/film-support";
import type { FilmFormat } from "../../look/film/types";
import { makeFilm, type FilmSource } from "../film/film-maker";

export type FilmSupport = Record<FilmFormat, FormatSupport>;

export class FilmController implements ReactiveController {
  /** What this browser can write; null until asked (the first time the explorer is shown). */
  support: FilmSupport | null = null;
  progress: FilmProgress | null = null;
  result: { readonly name: string; readonly bytes: number } | null = null;
  problem: string | null = null;
  private making: AbortController | null = null;
  /** The last whole percent shown, so the page re-renders a hundred times a film, not once a frame. */
  private shownPercent = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => FilmSource | undefined,
    private readonly deliver: (file: { readonly name: string; readonly blob: Blob }) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.support)
      void filmSupport().then((support) => {
        this.support = support;
        this.host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Makes the film asked and hands it on as a download; a film still being made is cancelled first. */
  async make(spec: FilmSpec): Promise<void> {
    try {
      const blob = await this.film(spec);
      const name = filmFileName(spec.title, spec);
      this.deliver({ name, blob });
      this.result = { name, bytes: blob.size };
    } catch (error) {
      // A cancelled film is no problem: the user asked for it.
      if (!(error instanceof DOMException && error.name === "AbortError")) this.problem = `The film could not be made: ${(error as Error).message}`;
    }
    this.host.requestUpdate();
  }

  /** The film asked, as a file, for the dialog and for scripts; rejects with an AbortError when cancelled. */
  async film(spec: FilmSpec, heard: (progress: FilmProgress) => void = () => {}): Promise<Blob> {
    this.cancel();
    const source = this.source();
    if (!source) throw new Error("there is no graph on screen to film");
    const making = new AbortController();
    this.making = making;
    [this.result, this.problem, this.shownPercent] = [null, null, -1];
    const progress = (p: FilmProgress) => {
      heard(p);
      if (this.making !== making) return;
      this.progress = p;
      const percent = Math.floor((100 * p.done) / Math.max(1, p.total));
      if (percent !== this.shownPercent) {
        this.shownPercent = percent;
        this.host.requestUpdate();
      }
    };
    try {
      return await makeFilm(spec, source, progress, making.signal);
    } finally {
      if (this.making === making) [this.making, this.progress] = [null, null];
      this.host.requestUpdate();
    }
  }

  cancel(): void {
    if (!this.making) return;
    this.making.abort();
    this.making = null;
    this.progress = null;
    this.host.requestUpdate();
  }
}
