/**
 * The explorer's URL for browser tests: one Vite dev server, started by global-setup.ts and
 * shared by every test file.
 */
import { inject } from "vitest";
import "./global-setup";

export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  return { url: inject("appUrl"), close: async () => {} };
}
