/**
 * Styles of fl-legend's line patterns: a word's dotted swatch and the key of what solid, dotted
 * and dashed lines say, drawn as the graph draws them (render/patterned-programs.ts).
 */
import { css } from "lit";

export const patternStyles = css`
  /* A word (an accusation, a demand, talks): dotted, as the graph draws it. */
  .swatch.line.dotted {
    background: repeating-linear-gradient(90deg, var(--swatch) 0 0.25rem, transparent 0.25rem 0.42rem);
    border-radius: 0;
  }
  /* The key of line patterns, in neutral ink: solid, dotted, dashed. */
  .pattern-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    margin: 0.35rem 0 0 0.4rem;
    color: var(--fl-text-muted);
    font-size: 0.75rem;
  }
  .key-item {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch.key {
    width: 1.1rem;
    height: 0.2rem;
    --swatch: var(--fl-text-muted);
  }
  .swatch.key.dotted {
    background: repeating-linear-gradient(90deg, var(--swatch) 0 0.2rem, transparent 0.2rem 0.36rem);
  }
  .swatch.key.dashed {
    background: repeating-linear-gradient(90deg, var(--swatch) 0 0.26rem, transparent 0.26rem 0.44rem);
  }
`;
