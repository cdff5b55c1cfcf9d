import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';

/** The two browser apps: where each is served from and its entry module. */
export const WEB_APPS = {
  portal: { base: '/', entry: join(__dirname, '..', 'portal', 'main.tsx'), title: '投诉服务 · Complaints' },
  staff: { base: '/staff/', entry: join(__dirname, '..', 'staff', 'main.tsx'), title: '投诉工作台 · Complaints workspace' },
} as const;
export type WebApp = keyof typeof WEB_APPS;

export interface BuiltWebApps {
  /** One folder per app: index.html, hashed assets; config.json is the server's. */
  dirs: Record<WebApp, string>;
  /** Per app, the asset files (paths within its folder) its first load fetches: the entry, its static imports, its CSS. */
  firstLoad: Record<WebApp, string[]>;
}

/**
 * Bundles each app with esbuild into `outDir/<app>/`: ES modules split into chunks (the
 * workspace loads its analytics charts only when opened), content-hashed names so CDNs
 * may cache them for ever, and an index.html that names them. Both apps are built by
 * `npm start`, the tests and `cdk synth` alike.
 */
export async function buildWebApps(outDir: string, options: { minify?: boolean } = {}): Promise<BuiltWebApps> {
  const dirs = {} as Record<WebApp, string>;
  const firstLoad = {} as Record<WebApp, string[]>;
  for (const [app, spec] of Object.entries(WEB_APPS) as Array<[WebApp, (typeof WEB_APPS)[WebApp]]>) {
    const dir = join(outDir, app);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const result = await build({
      entryPoints: [spec.entry],
      outdir: join(dir, 'assets'),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
      minify: options.minify ?? true,
      sourcemap: false,
      metafile: true,
      entryNames: '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
      assetNames: '[name]-[hash]',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'silent',
    });
    const entry = entryOutputs(result.metafile, dir);
    writeFileSync(join(dir, 'index.html'), indexHtml(spec.base, spec.title, entry));
    dirs[app] = dir;
    firstLoad[app] = [...staticClosure(result.metafile, entry.output), ...entry.styles.map((s) => join(dir, s))].map((f) => relative(dir, f));
  }
  return { dirs, firstLoad };
}

/** An output and every chunk it imports statically, transitively (dynamic imports load later). */
function staticClosure(metafile: Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output);
  return [...seen];
}

function entryOutputs(metafile: Metafile, dir: string): { output: string; script: string; styles: string[] } {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint) continue;
    const styles = output.cssBundle ? [relative(dir, output.cssBundle)] : [];
    return { output: file, script: relative(dir, file), styles };
  }
  throw new Error('esbuild produced no entry output');
}

function indexHtml(base: string, title: string, { script, styles }: { script: string; styles: string[] }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<base href="${base}" />
${styles.map((s) => `<link rel="stylesheet" href="${base}${s}" />`).join('\n')}
<script type="module" src="${base}${script}"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`;
}
