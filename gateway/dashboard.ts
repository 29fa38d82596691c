import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { projectRoot } from '../platform/config.js';

/** Where the example dashboard is served in development (README "For frontend teams"). */
export const DASHBOARD_PATH = '/dashboard';
const EXAMPLE = path.join(projectRoot, 'examples', 'dashboard');

/**
 * The example dashboard's script: examples/dashboard/src/main.ts bundled by esbuild (a devDependency, loaded only
 * here) with chart.js and the generated typed documents, minified, into one ES module held in memory. Nothing
 * built is committed; the bundle is made on the first request of each gateway process.
 */
export async function bundleDashboard(): Promise<string> {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [path.join(EXAMPLE, 'src', 'main.ts')],
      bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none',
      // a constant of the browser bundle (chart.js tests it), not a read of this process's environment
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  } finally {
    // esbuild keeps a service process for further builds: there are none
    await esbuild.stop();
  }
}

/**
 * Development only: `GET /dashboard` answers the example page and `GET /dashboard/app.js` its bundle (built once,
 * see `bundleDashboard`). The page talks to `/graphql` as a registered app (trusted documents).
 */
export function useDashboard(): GatewayPlugin {
  let bundle: Promise<string> | undefined;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !url.pathname.startsWith(DASHBOARD_PATH)) return;
      const file = url.pathname.replace(/\/+$/, '');
      if (file === DASHBOARD_PATH) {
        return readFile(path.join(EXAMPLE, 'public', 'index.html'), 'utf8').then((html) => endResponse(new fetchAPI.Response(html, {
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
        })));
      }
      if (file === `${DASHBOARD_PATH}/app.js`) {
        bundle ??= bundleDashboard();
        return bundle.then((code) => endResponse(new fetchAPI.Response(code, {
          headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
        })), (error: unknown) => {
          bundle = undefined;
          endResponse(new fetchAPI.Response(`dashboard bundle failed: ${error instanceof Error ? error.message : String(error)}`, { status: 500 }));
        });
      }
      return undefined;
    },
  };
}
