/** Styles of fl-export-dialog. */
import { css } from "lit";

export const exportDialogStyles = css`
  fieldset {
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.75rem 0.6rem;
  }
  fieldset[disabled] {
    opacity: 0.55;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.2rem 0;
  }
  small {
    display: block;
    color: var(--fl-text-muted);
  }
`;
