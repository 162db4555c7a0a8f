/**
 * Which actor an arrow key moves to on the graph: the nearest one drawn in that direction from
 * where the reader is. Positions are on the screen (x to the right, y down), so "up" is
 * towards smaller y whatever the camera did. Pure: the keyboard controller gives it the actors
 * of the slice where they are drawn.
 *
 * An actor counts as lying in a direction when it is within 45° of that axis (on the 45° line
 * it lies in both neighbouring directions, so every actor can be reached). Among those, the
 * nearest wins, with a penalty for lying off the axis, so that an actor straight to the right a
 * little farther away beats one far up and slightly nearer: score = distance + offset across
 * the axis. Ties go to the one nearer the axis, then the one higher, then further left (reading
 * order), then by id, so the same layout always gives the same answer.
 */

export type Direction = "left" | "right" | "up" | "down";

export interface PlacedActor {
  readonly actor: string;
  readonly x: number;
  readonly y: number;
}

/** The unit vector of each direction on the screen (y grows downwards). */
const AXES: Readonly<Record<Direction, { readonly x: number; readonly y: number }>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** The arrow key's direction, or undefined for any other key. */
export function directionOfKey(key: string): Direction | undefined {
  switch (key) {
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    default:
      return undefined;
  }
}

/**
 * The nearest actor from `from` in `direction`, or null when none lies that way. `from`
 * itself, and any actor drawn at the very same place, is never the answer.
 */
export function nearestInDirection(from: PlacedActor, direction: Direction, actors: Iterable<PlacedActor>): string | null {
  const axis = AXES[direction];
  let best: { placed: PlacedActor; score: number; across: number } | null = null;
  for (const placed of actors) {
    if (placed.actor === from.actor) continue;
    const [dx, dy] = [placed.x - from.x, placed.y - from.y];
    const along = dx * axis.x + dy * axis.y;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    // Within the 45° cone either side of the axis; nothing behind or at the same place.
    if (along <= 0 || across > along) continue;
    const score = Math.hypot(dx, dy) + across;
    if (!best || before({ placed, score, across }, best)) best = { placed, score, across };
  }
  return best?.placed.actor ?? null;
}

/** The actor drawn nearest a point (the middle of the canvas, where a reader starts), or null when there is none. */
export function nearestTo(point: { readonly x: number; readonly y: number }, actors: Iterable<PlacedActor>): string | null {
  let best: { placed: PlacedActor; score: number; across: number } | null = null;
  for (const placed of actors) {
    const candidate = { placed, score: Math.hypot(placed.x - point.x, placed.y - point.y), across: 0 };
    if (!best || before(candidate, best)) best = candidate;
  }
  return best?.placed.actor ?? null;
}

/** Whether candidate `a` beats `b`: lower score, then nearer the axis, then higher, then further left, then by id. */
function before(a: { placed: PlacedActor; score: number; across: number }, b: { placed: PlacedActor; score: number; across: number }): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.across !== b.across) return a.across < b.across;
  if (a.placed.y !== b.placed.y) return a.placed.y < b.placed.y;
  if (a.placed.x !== b.placed.x) return a.placed.x < b.placed.x;
  return a.placed.actor < b.placed.actor;
}
