/**
 * How large an actor is drawn: by its number of visible relations, scaled down in data sets of
 * many actors. The explorer's reducers, the GEXF export's viz:size and the benchmarks all size
 * actors with these, so a file opened in Gephi looks like the view it came from.
 */

/** Data sets of up to this many actors draw them at full size... */
const FULL_SIZE_UP_TO = 400;
/** ...and larger ones at no less than this fraction of it. */
const SMALLEST_SCALE = 0.25;

/**
 * Actor sizes for a data set of `actors` actors: full size for a few hundred, then shrinking with
 * the square root of the count, so ten thousand actors on screen are a cloud of dots rather than
 * discs covering each other (zooming in enlarges them). From the data set's size, not the
 * slice's, so sizes stay put as the date moves.
 */
export const actorScale = (actors: number): number => Math.max(SMALLEST_SCALE, Math.min(1, Math.sqrt(FULL_SIZE_UP_TO / Math.max(1, actors))));

/** Up to this many visible relations, an actor's area grows with its degree; past it, slower. */
const AREA_BY_DEGREE_UP_TO = 25;

/**
 * Node size by number of visible relations: area grows with degree up to a few dozen, then the
 * radius with the degree's logarithm, so hubs stand out but do not swamp. With area alone, a hub
 * of 3,000 relations in a large data set was 250 px across and covered its neighbours (and cost
 * software WebGL more to fill than all the relations).
 */
export const actorSize = (degree: number): number =>
  degree <= AREA_BY_DEGREE_UP_TO ? 4 + 2.2 * Math.sqrt(degree) : 4 + 2.2 * Math.sqrt(AREA_BY_DEGREE_UP_TO) + 2.5 * Math.log2(degree / AREA_BY_DEGREE_UP_TO);
