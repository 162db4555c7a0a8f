/**
 * Starts one Vite dev server for all browser tests, with its dependencies optimised before the
 * first page asks for them, so test files neither race to optimise nor wait on a reload.
 */
import type { TestProject } from "vitest/node";
import { createServer } from "vite";

export default async function setup(project: TestProject) {
  const server = await createServer({ configFile: "vite.config.ts", server: { port: 0, host: "127.0.0.1", open: false }, logLevel: "error" });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("global setup: the dev server has no TCP address");
  const url = `http://127.0.0.1:${address.port}/`;
  // Ask for the entry pages once so Vite finishes its dependency scan before any test starts.
  await fetch(url);
  project.provide("appUrl", url);
  return async () => {
    await server.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}
