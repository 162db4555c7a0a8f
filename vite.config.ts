/**
 * Vite serves and builds the explorer; Vitest runs every test, browser tests included.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  build: { target: "es2022", sourcemap: true },
  server: { fs: { allow: ["."] } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Browser tests start a server and a Chromium; give them room on slow machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
