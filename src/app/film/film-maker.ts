/**
 * Makes a film of the timeline: the span cut into calendar steps, each step drawn once on the
 * film's stage (film-stage.ts) as a keyframe, one slide frame fixed for the whole film so the
 * camera never moves, then every frame tweened between two keyframes, composed as the image
 * export composes a slide (title, the step's date in large type, the legend of what is shown,
 * the sources), painted and handed to the writer of the format asked. Yields between frames,
 * so the page stays usable, and stops at once when the signal aborts.
 */
import { compareSlices } from "../../model/compare";
import { namesOf } from "../../model/change-words";
import { periodsCovering } from "../../model/calendar-periods";
import type { CompositionOptions, ImageSpec, Scene, SlideFrame } from "../../look/composition/types";
import { planSlide } from "../../look/composition/slide-labels";
import { estimateWidth } from "../../look/composition/style";
import type { LabelSide } from "../../look/label-placement";
import { filmFrameOf } from "../../look/film/film-frame";
import { filmSpecProblems } from "../../look/film/film-spec";
import { stepCaption } from "../../look/film/step-caption";
import { filmFrames } from "../../look/film/timing";
import { tweenScene } from "../../look/film/tween";
import type { FilmProgress, FilmSpec, FilmStep } from "../../look/film/types";
import { compositionOptionsOf } from "../../render/composition/compose";
import { paintSvg } from "../../render/composition/raster";
import { composeSvg } from "../../render/composition/svg";
import { openFilmWriter } from "../../render/film/film-writer";
import { computeViewSlice, type ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import type { ShownDataSet } from "../session/shown-data-set";
import { FilmStage, type StageSetting } from "./film-stage";
import { stageSize, stepState } from "./film-view";

/** What a film is made of: the data set on screen, the view as the user left it, and where its actors stand. */
export interface FilmSource {
  readonly shown: ShownDataSet;
  readonly state: ViewState;
  readonly stage: StageSetting;
}

/** A keyframe: one step as drawn, with the slide around it. */
interface Keyframe {
  readonly scene: Scene;
  readonly options: CompositionOptions;
}

/** Lets the page handle input and paint between pieces of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The film was cancelled", "AbortError");
}

/** Reads every step's keyframe from the stage, with its slide's words. */
async function keyframesOf(spec: FilmSpec, steps: readonly FilmStep[], source: FilmSource, signal?: AbortSignal): Promise<Keyframe[]> {
  const { shown } = source;
  const types = new Map(shown.dataSet.taxonomy.types.map((t) => [t.id, t.label]));
  const names = namesOf(shown.dataSet);
  const image: ImageSpec = { title: spec.title, size: { kind: "fixed", width: spec.width, height: spec.height }, background: spec.background, format: "svg" };
  const stage = new FilmStage(shown, source.stage, stageSize(spec));
  const keyframes: Keyframe[] = [];
  try {
    let before: ViewSlice | undefined;
    for (const [k, step] of steps.entries()) {
      checkAborted(signal);
      const state = stepState(source.state, step);
      const slice = computeViewSlice(shown.index, state);
      const scene = stage.sceneOf(slice, state, { selected: state.selectedActor, typeLabel: (type) => types.get(type) });
      const options = compositionOptionsOf({ dataSet: shown.dataSet, slice, state }, scene, image);
      const change = spec.captions && before && k > 0 ? stepCaption(compareSlices(before, slice), steps[k - 1].label, names) : "";
      // What changed first, then what the lines' numbers mean, as two sentences.
      const caption = [change, options.caption].filter(Boolean).map((text) => text!.replace(/[.:;,]?$/, ".")).join(" ");
      keyframes.push({ scene, options: { ...options, dateLabel: step.label, dateStyle: "large", caption } });
      before = slice;
      if (k % 8 === 7) await pause();
    }
  } finally {
    stage.dispose();
  }
  return keyframes;
}

/**
 * The keyframes on the film's fixed frame, each actor's name tried first on the side it had in
 * the step before: names stay by their actors instead of hopping from side to side as the
 * crowd around them changes from month to month.
 */
function framed(keyframes: readonly Keyframe[], frame: SlideFrame): Keyframe[] {
  const sides = new Map<string, LabelSide>();
  return keyframes.map(({ scene, options }) => {
    const placed = { ...options, frame, labelSides: new Map(sides) };
    for (const label of planSlide(scene, placed, estimateWidth).labels) if (label.kind === "actor") sides.set(label.id, label.side);
    return { scene, options: placed };
  });
}

/**
 * Makes the film `spec` asks for. `progress` hears of each frame made; aborting `signal` stops
 * the film and rejects with an AbortError, leaving nothing behind.
 */
export async function makeFilm(spec: FilmSpec, source: FilmSource, progress: (p: FilmProgress) => void = () => {}, signal?: AbortSignal): Promise<Blob> {
  const problems = filmSpecProblems(spec);
  if (problems.length) throw new Error(`The film cannot be made: ${problems.join("; ")}`);
  const steps = periodsCovering(spec.from, spec.to, spec.step);
  const frames = filmFrames(steps.length, spec.fps, spec.secondsPerStep);
  progress({ done: 0, total: frames.length });
  const read = await keyframesOf(spec, steps, source, signal);
  const keyframes = framed(read, filmFrameOf(read.map((k) => k.scene), read.map((k) => k.options)));
  checkAborted(signal);
  const writer = await openFilmWriter(spec.format, { width: spec.width, height: spec.height, fps: spec.fps });
  try {
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [spec.width, spec.height];
    let painted = "";
    for (const f of frames) {
      checkAborted(signal);
      const { scene, options } = keyframes[f.step];
      // A step's still frames are one picture: it is painted once and added as often as it lasts.
      const key = f.t >= 1 ? `${f.step}` : `${f.step}@${f.t}`;
      if (key !== painted) {
        const shown = f.t >= 1 || f.step === 0 ? scene : tweenScene(keyframes[f.step - 1].scene, scene, f.t);
        await paintSvg(canvas, composeSvg(shown, options));
        painted = key;
      }
      await writer.add(canvas, f.timestamp, f.duration);
      progress({ done: f.index + 1, total: frames.length });
      if (f.index % 4 === 3) await pause();
    }
    checkAborted(signal);
    return await writer.finish();
  } catch (error) {
    await writer.cancel();
    throw error;
  }
}
