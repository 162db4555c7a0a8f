/** Styles of fl-image-dialog, in the manner of fl-export-dialog. */
import { css } from "lit";

export const imageDialogStyles = css`
  /* Wider than the other dialogs: the preview sits beside the choices where there is room. */
  dialog {
    max-width: min(58rem, calc(100vw - 2rem));
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1.25rem;
  }
  @media (min-width: 62rem) {
    .body {
      grid-template-columns: minmax(0, 1.4fr) minmax(17rem, 1fr);
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
  }
  input[type="text"] {
    background: var(--fl-bg);
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    padding: 0.3rem 0.5rem;
  }
  fieldset {
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.75rem 0.6rem;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
    gap: 0 0.75rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.2rem 0;
  }
  small,
  .note {
    display: block;
    color: var(--fl-text-muted);
  }
  .note {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
  }
  /* The slide scaled down: 16:9 whatever the size, so the dialog does not jump as previews come. */
  .preview {
    margin: 0 0 0.75rem;
    aspect-ratio: 16 / 9;
    width: 100%;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--fl-border);
    border-radius: var(--fl-radius);
    background: repeating-conic-gradient(var(--fl-border) 0 25%, transparent 0 50%) 0 0 / 12px 12px;
  }
  .preview img {
    max-width: 100%;
    max-height: 100%;
    display: block;
  }
  .preview .pending {
    width: 100%;
    height: 100%;
  }
`;
