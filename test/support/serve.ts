/**
 * Serves the explorer with Vite's dev server on a free port, for browser tests.
 */
import { createServer, type ViteDevServer } from "vite";

export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({ configFile: "vite.config.ts", server: { port: 0, host: "127.0.0.1", open: false }, logLevel: "error" });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("serveApp: the dev server has no TCP address");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
