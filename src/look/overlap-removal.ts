/**
 * Noverlap (graphology-layout-noverlap) on a flat matrix of [x, y, size] per node, with the
 * library's settings and results, number for number: its iteration sees each colliding pair
 * once by keeping a Set of "a§b" strings, which at 11,000 actors is most of a second per
 * iteration. Here a pair is handled in the first grid cell both nodes' boxes share, which is
 * the cell the library meets it in first, so the same pairs add the same pushes in the same
 * order (Float32 sums included). Pure: layout.ts runs it on the main thread for small graphs
 * and the command line, render/overlap-worker.ts runs it off the page's thread.
 */

export interface OverlapSettings {
  readonly gridSize: number;
  readonly margin: number;
  readonly expansion: number;
  readonly ratio: number;
  readonly speed: number;
}

export interface OverlapOptions {
  readonly maxIterations: number;
  readonly settings: Partial<OverlapSettings>;
}

/** What the explorer and the command line use: room for a label around each actor. */
export const OVERLAP_OPTIONS: OverlapOptions = { maxIterations: 100, settings: { margin: 4, ratio: 1.3 } };

/** Values per node in the matrix: x, y, size. */
export const PER_NODE = 3;

/**
 * The library's defaults (its defaults.js, checked equal by the tests), written out rather than
 * imported: the page would otherwise load the library only for them, from inside a worker,
 * where Vite finds the dependency late and reloads the page to optimise it.
 */
export const NOVERLAP_DEFAULTS: OverlapSettings = { gridSize: 20, margin: 5, expansion: 1.1, ratio: 1.0, speed: 3 };

export const overlapSettings = (settings: Partial<OverlapSettings>): OverlapSettings => ({ ...NOVERLAP_DEFAULTS, ...settings });

/** Runs iterations until none collides or maxIterations; moves x and y in place. Returns the iterations run. */
export function removeOverlapsIn(nodes: Float32Array, options: OverlapOptions = OVERLAP_OPTIONS): number {
  const settings = overlapSettings(options.settings);
  let i = 0;
  while (i < options.maxIterations) {
    i++;
    if (overlapStep(settings, nodes)) break;
  }
  return i;
}

/** One iteration of the library's noverlap; true when nothing collided (converged). */
export function overlapStep(settings: OverlapSettings, nodes: Float32Array): boolean {
  const { margin, ratio, expansion, gridSize, speed } = settings;
  const order = (nodes.length / PER_NODE) | 0;
  const deltaX = new Float32Array(order);
  const deltaY = new Float32Array(order);

  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (let n = 0; n < order; n++) {
    const x = nodes[n * PER_NODE];
    const y = nodes[n * PER_NODE + 1];
    const size = nodes[n * PER_NODE + 2] * ratio + margin;
    xMin = Math.min(xMin, x - size);
    xMax = Math.max(xMax, x + size);
    yMin = Math.min(yMin, y - size);
    yMax = Math.max(yMax, y + size);
  }
  const width = xMax - xMin;
  const height = yMax - yMin;
  const xCenter = (xMin + xMax) / 2;
  const yCenter = (yMin + yMax) / 2;
  xMin = xCenter - (expansion * width) / 2;
  xMax = xCenter + (expansion * width) / 2;
  yMin = yCenter - (expansion * height) / 2;
  yMax = yCenter + (expansion * height) / 2;

  // Each node's box of cells, then the cells' members in node order (a counting sort), as the
  // library pushes them.
  const colFrom = new Int32Array(order);
  const colTo = new Int32Array(order);
  const rowFrom = new Int32Array(order);
  const rowTo = new Int32Array(order);
  const cells = gridSize * gridSize;
  const cellEnd = new Int32Array(cells + 1);
  for (let n = 0; n < order; n++) {
    const x = nodes[n * PER_NODE];
    const y = nodes[n * PER_NODE + 1];
    const size = nodes[n * PER_NODE + 2] * ratio + margin;
    const [c0, c1] = [Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin)), Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin))];
    const [r0, r1] = [Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin)), Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin))];
    // Outside the grid (or NaN) only when some position is not finite, where the library's
    // result is NaN everywhere: say so rather than move anything.
    if (!(c0 >= 0 && r0 >= 0 && c1 < gridSize && r1 < gridSize))
      throw new Error(`overlap-removal: node ${n} is at (${x}, ${y}) among nodes spanning x ${xMin}..${xMax}, y ${yMin}..${yMax}; every x and y must be a finite number`);
    [colFrom[n], colTo[n], rowFrom[n], rowTo[n]] = [c0, c1, r0, r1];
    for (let col = colFrom[n]; col <= colTo[n]; col++) for (let row = rowFrom[n]; row <= rowTo[n]; row++) cellEnd[col * gridSize + row + 1]++;
  }
  for (let c = 0; c < cells; c++) cellEnd[c + 1] += cellEnd[c];
  const members = new Int32Array(cellEnd[cells]);
  const fill = cellEnd.slice(0, cells);
  for (let n = 0; n < order; n++)
    for (let col = colFrom[n]; col <= colTo[n]; col++) for (let row = rowFrom[n]; row <= rowTo[n]; row++) members[fill[col * gridSize + row]++] = n;

  let converged = true;
  for (let c = 0; c < cells; c++) {
    const col = (c / gridSize) | 0;
    const row = c - col * gridSize;
    const end = cellEnd[c + 1];
    for (let i = cellEnd[c]; i < end; i++) {
      const n1 = members[i];
      const x1 = nodes[n1 * PER_NODE];
      const y1 = nodes[n1 * PER_NODE + 1];
      const s1 = nodes[n1 * PER_NODE + 2];
      for (let j = i + 1; j < end; j++) {
        const n2 = members[j];
        // The first cell both boxes cover, in the order cells are visited: met there, or already.
        if (Math.max(colFrom[n1], colFrom[n2]) !== col || Math.max(rowFrom[n1], rowFrom[n2]) !== row) continue;
        const x2 = nodes[n2 * PER_NODE];
        const y2 = nodes[n2 * PER_NODE + 1];
        const s2 = nodes[n2 * PER_NODE + 2];
        const xDist = x2 - x1;
        const yDist = y2 - y1;
        const dist = Math.sqrt(xDist * xDist + yDist * yDist);
        if (dist < s1 * ratio + margin + (s2 * ratio + margin)) {
          converged = false;
          if (dist > 0) {
            deltaX[n2] += (xDist / dist) * (1 + s1);
            deltaY[n2] += (yDist / dist) * (1 + s1);
          } else {
            // On the very same spot: the library's jitter, Math.random and all.
            deltaX[n2] += width * jitter();
            deltaY[n2] += height * jitter();
          }
        }
      }
    }
  }
  for (let n = 0; n < order; n++) {
    nodes[n * PER_NODE] += deltaX[n] * 0.1 * speed;
    nodes[n * PER_NODE + 1] += deltaY[n] * 0.1 * speed;
  }
  return converged;
}

const jitter = () => 0.01 * (0.5 - Math.random());
