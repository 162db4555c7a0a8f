/**
 * Shared look: design tokens as CSS custom properties (set on the app root for light and dark
 * themes) and the focus ring every control uses, so keyboard users always see where they are.
 */
import { css } from "lit";

/** Tokens; the app root sets them, components only read them. */
export const themeTokens = css`
  :host {
    --fl-bg: #ffffff;
    --fl-surface: #f5f6f8;
    --fl-border: #d5d9e0;
    --fl-text: #1b1f24;
    --fl-text-muted: #57606a;
    --fl-accent: #0b5cad;
    --fl-focus: #0b5cad;
    --fl-danger: #b3261e;
    --fl-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
    --fl-radius: 6px;
  }
  :host([theme="dark"]) {
    --fl-bg: #14171c;
    --fl-surface: #1d2128;
    --fl-border: #3a414c;
    --fl-text: #e8ebef;
    --fl-text-muted: #a5adb8;
    --fl-accent: #7cb7ff;
    --fl-focus: #9ccbff;
    --fl-danger: #ff8a80;
  }
`;

/** Text for screen readers only: kept in the page, drawn nowhere. */
export const visuallyHiddenRules = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

/** Controls: visible focus, consistent sizing. Include in every component's styles. */
export const controlStyles = css`
  :host {
    font-family: var(--fl-font);
    color: var(--fl-text);
    /* Anchors .visually-hidden text, which would otherwise stretch a scrolling ancestor. */
    position: relative;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--fl-surface);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
  button[aria-pressed="true"] {
    background: var(--fl-accent);
    border-color: var(--fl-accent);
    color: var(--fl-bg);
  }
  :focus-visible {
    outline: 3px solid var(--fl-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHiddenRules}
  }
`;

/** Modal dialogs (export, image, import): themed surface and backdrop, heading, the row of actions, the primary button, disabled controls. */
export const dialogStyles = css`
  dialog {
    background: var(--fl-bg);
    color: var(--fl-text);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 1rem 1.25rem;
    max-width: 28rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .primary {
    background: var(--fl-accent);
    border-color: var(--fl-accent);
    color: var(--fl-bg);
  }
  button:disabled,
  input:disabled,
  select:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;

/** A bar that counts work done (an import's rows, a film's frames) with its Cancel beside it. */
export const progressStyles = css`
  .progress-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  progress {
    flex: 1;
    height: 0.75rem;
    accent-color: var(--fl-accent);
  }
`;
