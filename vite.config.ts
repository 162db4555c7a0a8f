/**
 * Vite serves and builds the explorer; Vitest runs every test, browser tests included.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  build: { target: "es2022", sourcemap: true },
  // The optimised dependencies are kept per checkout, not in node_modules, so two checkouts that
  // share one node_modules (a worktree, say) do not overwrite each other's and force reloads.
  cacheDir: ".vite-cache",
  server: { fs: { allow: ["."] } },
  // Scan every page up front (the app and the component test pages), so the first request
  // does not trigger a re-optimisation and a reload.
  // gifenc is imported only by the GIF worker, which the scan does not follow: named here.
  optimizeDeps: { entries: ["index.html", "test/pages/*.html"], include: ["gifenc"] },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/support/global-setup.ts"],
    // Browser tests start a server and a Chromium; give them room on slow machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
