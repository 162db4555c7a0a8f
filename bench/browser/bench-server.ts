/**
 * The dev server the browser benchmark's pages are served from: Vite on a free loopback port,
 * with the pages' dependencies optimised up front so no page reloads mid-measure.
 */
import { createServer, type ViteDevServer } from "vite";

export interface BenchServer {
  readonly server: ViteDevServer;
  /** http://127.0.0.1:PORT, no trailing slash. */
  readonly origin: string;
}

export async function startBenchServer(): Promise<BenchServer> {
  const server = await createServer({
    configFile: "vite.config.ts",
    server: { port: 0, host: "127.0.0.1", open: false },
    logLevel: "error",
    optimizeDeps: { entries: ["index.html", "bench/pages/*.html"] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("browser bench: the dev server has no TCP address");
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
