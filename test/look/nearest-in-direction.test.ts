import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { directionOfKey, nearestInDirection, nearestTo, type Direction, type PlacedActor } from "../../src/look/nearest-in-direction";

/** Actors on a screen: x to the right, y down. */
const at = (actor: string, x: number, y: number): PlacedActor => ({ actor, x, y });

describe("nearestInDirection", () => {
  // A plus: one actor each way from the middle, at different distances.
  const middle = at("middle", 100, 100);
  const plus = [middle, at("east", 160, 100), at("west", 20, 100), at("north", 100, 70), at("south", 100, 190)];

  test.each<[Direction, string]>([
    ["right", "east"],
    ["left", "west"],
    ["up", "north"],
    ["down", "south"],
  ])("%s goes to the actor that way, not the nearest overall", (direction, expected) => {
    expect(nearestInDirection(middle, direction, plus)).toBe(expected);
  });

  test("up is towards the top of the screen: smaller y", () => {
    expect(nearestInDirection(at("a", 0, 50), "up", [at("above", 0, 10), at("below", 0, 60)])).toBe("above");
    expect(nearestInDirection(at("a", 0, 50), "down", [at("above", 0, 10), at("below", 0, 60)])).toBe("below");
  });

  test("no actor that way: null, at the edge of the graph and when alone", () => {
    expect(nearestInDirection(at("east", 160, 100), "right", plus)).toBeNull();
    expect(nearestInDirection(middle, "left", [middle])).toBeNull();
    expect(nearestInDirection(middle, "up", [])).toBeNull();
  });

  test("an actor beyond 45° of the axis does not lie that way, one on the 45° line lies both ways", () => {
    const steep = [at("steep", 110, 80)]; // 10 right, 20 up: up, not right
    expect(nearestInDirection(middle, "right", steep)).toBeNull();
    expect(nearestInDirection(middle, "up", steep)).toBe("steep");
    const diagonal = [at("diagonal", 130, 70)];
    expect(nearestInDirection(middle, "right", diagonal)).toBe("diagonal");
    expect(nearestInDirection(middle, "up", diagonal)).toBe("diagonal");
    expect(nearestInDirection(middle, "left", diagonal)).toBeNull();
  });

  test("an actor straight ahead beats a slightly nearer one off to the side", () => {
    // The side one is 50 away (40 right, 30 up), the straight one 60 away.
    const actors = [at("side", 140, 70), at("straight", 160, 100)];
    expect(nearestInDirection(middle, "right", actors)).toBe("straight");
    // Much nearer, the side one wins.
    expect(nearestInDirection(middle, "right", [at("side", 108, 94), at("straight", 160, 100)])).toBe("side");
  });

  test("ties go to the one higher on the screen, then the one further left, whatever the order given", () => {
    const mirrored = [at("below", 140, 130), at("above", 140, 70)];
    expect(nearestInDirection(middle, "right", mirrored)).toBe("above");
    expect(nearestInDirection(middle, "right", [...mirrored].reverse())).toBe("above");
    const sideBySide = [at("right-hand", 130, 140), at("left-hand", 70, 140)];
    expect(nearestInDirection(middle, "down", sideBySide)).toBe("left-hand");
    expect(nearestInDirection(middle, "down", [...sideBySide].reverse())).toBe("left-hand");
    // Two actors at one place: by id.
    expect(nearestInDirection(middle, "left", [at("b", 50, 100), at("a", 50, 100)])).toBe("a");
  });

  test("an actor drawn where the reader is never counts", () => {
    expect(nearestInDirection(middle, "right", [at("twin", 100, 100)])).toBeNull();
  });

  test("the answer always lies within 45° of the direction, and none nearer there scores better", () => {
    const arbPlaced = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
    fc.assert(
      fc.property(fc.array(arbPlaced, { maxLength: 30 }), fc.constantFrom<Direction>("left", "right", "up", "down"), (points, direction) => {
        const actors = points.map((p, i) => at(`a${i}`, p.x, p.y));
        const found = nearestInDirection(at("from", 0, 0), direction, actors);
        const ahead = actors.filter((a) => {
          const [along, across] = direction === "left" || direction === "right" ? [direction === "right" ? a.x : -a.x, Math.abs(a.y)] : [direction === "down" ? a.y : -a.y, Math.abs(a.x)];
          return along > 0 && across <= along;
        });
        if (ahead.length === 0) return found === null;
        const chosen = actors.find((a) => a.actor === found);
        if (!chosen || !ahead.includes(chosen)) return false;
        const score = (a: PlacedActor) => Math.hypot(a.x, a.y) + (direction === "left" || direction === "right" ? Math.abs(a.y) : Math.abs(a.x));
        return ahead.every((a) => score(a) >= score(chosen));
      }),
    );
  });
});

describe("nearestTo", () => {
  test("the actor nearest the point; ties to the higher one; none when there are no actors", () => {
    expect(nearestTo({ x: 0, y: 0 }, [at("far", 30, 30), at("near", 5, -5)])).toBe("near");
    expect(nearestTo({ x: 0, y: 0 }, [at("below", 0, 10), at("above", 0, -10)])).toBe("above");
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});

test("the arrow keys name their directions; other keys none", () => {
  expect(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].map(directionOfKey)).toEqual(["left", "right", "up", "down"]);
  expect(directionOfKey("Enter")).toBeUndefined();
});
