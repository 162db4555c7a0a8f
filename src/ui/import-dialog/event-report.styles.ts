/** The import dialog's parts for event data: where the files go, the mapping table, the gap, the actors matched. */
import { css } from "lit";

export const eventReportStyles = css`
  .destination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.25rem;
    margin-bottom: 0.75rem;
  }
  .destination label {
    display: inline-flex;
    gap: 0.35rem;
    align-items: baseline;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* The table scrolls sideways on a phone rather than squeezing the selects or spilling out. */
  .event-mapping fieldset {
    min-inline-size: 0;
  }
  .table-scroll {
    overflow-x: auto;
  }
  .mapping-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  .mapping-table th,
  .mapping-table td {
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid var(--fl-border);
    text-align: start;
    vertical-align: middle;
  }
  .mapping-table thead th {
    white-space: nowrap;
    font-weight: 600;
    color: var(--fl-text-muted);
    font-size: 0.8rem;
  }
  .mapping-table tbody th {
    font-weight: normal;
    min-width: 7rem;
  }
  .mapping-table select {
    width: 9.5rem;
  }
  .mapping-table .number,
  .mapping-table .direction {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .mapping-table .why {
    font-size: 0.8rem;
    min-width: 6.5rem;
  }
  .gap-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.6rem;
    align-items: baseline;
    margin-top: 0.75rem;
  }
  .gap-row input {
    width: 6rem;
  }
  .gap-row input[aria-invalid="true"] {
    border-color: var(--fl-danger, #b3261e);
  }
  .gap-row small {
    flex-basis: 100%;
    color: var(--fl-text-muted);
  }
  .actor-matches {
    margin-top: 0.75rem;
  }
  .actor-matches summary {
    font-weight: 600;
  }
  .match-lines {
    list-style: none;
    margin: 0.4rem 0 0;
    padding: 0;
    font-size: 0.9rem;
  }
  .match-lines li {
    padding: 0.15rem 0;
    overflow-wrap: anywhere;
  }
`;
