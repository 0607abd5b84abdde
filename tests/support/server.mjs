/**
 * Serves the built site in dist/ on 127.0.0.1 with Astro's own preview server, for the browser
 * tests and the benchmark. Port 0 picks a free port.
 */
import { preview } from 'astro';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function serveDist({ port = 0 } = {}) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
