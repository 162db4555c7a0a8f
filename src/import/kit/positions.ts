/**
 * Which stored positions can be drawn. A layout (ForceAtlas2, Gephi's) puts nodes within some
 * thousands of units; a position of ±1e308, or NaN, makes the view's extent infinite and draws a
 * blank graph. Such positions are not kept: the data set is laid out instead.
 */

/** Far beyond any layout's reach, far within what the view's arithmetic can span. */
export const MAX_POSITION = 1e9;

export const isDrawablePosition = (x: number, y: number): boolean => Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= MAX_POSITION && Math.abs(y) <= MAX_POSITION;
