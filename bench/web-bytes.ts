/**
 * (i) The web apps' bytes: what each app's first load fetches (entry, its static imports,
 * its CSS), raw, gzipped and brotli-compressed as a server or CDN would send it, against
 * the issue's budgets; and the same for a "foundation only" app built the same way.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildWebApps, WEB_APPS, type WebApp } from '../web/build/build-web-apps';

/** The budgets for the first load, JS and CSS gzipped; "KB" read as 1,000 bytes, the stricter reading. */
export const FIRST_LOAD_BUDGET_GZIP: Record<WebApp, number> = { portal: 80_000, staff: 300_000 };

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface AppBytes {
  app: WebApp;
  /** The first load's files, each with its sizes; compressed one by one, as each is its own response. */
  firstLoad: Array<{ file: string } & Sizes>;
  firstLoadTotal: Sizes;
  /** Every JS and CSS file the build wrote, lazy chunks included. */
  allFiles: number;
  allTotal: Sizes;
  budgetGzip: number;
}

export interface WebBytesResult {
  apps: AppBytes[];
  /** An app made of the shared foundation alone (web/shared, Preact, wouter, urql, i18next), no page of its own. */
  foundation: Sizes;
}

export function sizes(content: Buffer): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

function assetFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...assetFiles(path));
    else if (/\.(js|css)$/.test(name)) out.push(path);
  }
  return out;
}

export async function measureWebBytes(outDir: string): Promise<WebBytesResult> {
  const built = await buildWebApps(outDir);
  const apps = (Object.keys(WEB_APPS) as WebApp[]).map((app): AppBytes => {
    const dir = built.dirs[app];
    const firstLoad = built.firstLoad[app].map((file) => ({ file, ...sizes(readFileSync(join(dir, file))) }));
    const all = assetFiles(join(dir, 'assets'));
    return {
      app,
      firstLoad,
      firstLoadTotal: firstLoad.reduce(add, ZERO),
      allFiles: all.length,
      allTotal: all.map((f) => sizes(readFileSync(f))).reduce(add, ZERO),
      budgetGzip: FIRST_LOAD_BUDGET_GZIP[app],
    };
  });
  return { apps, foundation: await foundationBytes(join(outDir, 'foundation')) };
}

/**
 * The floor every page of either app pays: an app that loads its config, creates the API
 * client, an i18next instance, a router and the language switch, with the shared CSS, and
 * renders one heading. Built with the apps' own esbuild options (one chunk: nothing is lazy).
 */
async function foundationBytes(dir: string): Promise<Sizes> {
  mkdirSync(dir, { recursive: true });
  const shared = resolve(__dirname, '..', 'web', 'shared');
  const entry = join(dir, 'main.tsx');
  writeFileSync(
    entry,
    `import { render } from 'preact';
import { Provider } from '@urql/preact';
import { Route, Switch } from 'wouter-preact';
import ${JSON.stringify(join(shared, 'base.css'))};
import { createApiClient } from ${JSON.stringify(join(shared, 'api-client'))};
import { loadConfig } from ${JSON.stringify(join(shared, 'config'))};
import { createI18n, useTranslator } from ${JSON.stringify(join(shared, 'i18n'))};
import { LanguageSwitch } from ${JSON.stringify(join(shared, 'language-switch'))};
const i18n = createI18n({ 'zh-CN': { title: '投诉' }, en: { title: 'Complaints' } });
function App({ client }) {
  const { t, locale, setLocale } = useTranslator(i18n);
  return <Provider value={client}><LanguageSwitch locale={locale} setLocale={setLocale} /><Switch><Route path="/"><h1>{t('title')}</h1></Route></Switch></Provider>;
}
loadConfig('/').then((config) => render(<App client={createApiClient(config.graphqlUrl)} />, document.getElementById('app')));
`,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: join(dir, 'out'),
    format: 'esm',
    target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
    // The generated entry sits outside the repository: resolve the packages from the repository's node_modules.
    nodePaths: [resolve(__dirname, '..', 'node_modules')],
  });
  return result.outputFiles.map((f) => sizes(Buffer.from(f.contents))).reduce(add, ZERO);
}
