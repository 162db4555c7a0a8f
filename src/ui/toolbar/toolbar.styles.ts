/** Styles of fl-toolbar. */
import { css } from "lit";

export const toolbarStyles = css`
  :host {
    display: block;
  }
  [part="toolbar"] {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .theme,
  .lines {
    min-width: 2.2rem;
  }
  .running {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--fl-text-muted);
  }
  .spinner {
    width: 0.8rem;
    height: 0.8rem;
    border: 2px solid var(--fl-border);
    border-top-color: var(--fl-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
