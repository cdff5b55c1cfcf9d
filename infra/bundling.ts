import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSync, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';

const REPO_ROOT = path.join(__dirname, '..');

/**
 * How every function is bundled: by `cdk synth` (infra/constructs/platform-function.ts) and by
 * the cold-start bench (bench/cold-start.ts), from this one place. The AWS SDK is bundled (the
 * versions package-lock.json pins, not the runtime's). Source maps without the sources' text:
 * stack traces still point at the TypeScript files and lines, and Node, which reads the map at
 * start-up (`--enable-source-maps`), parses a third of the JSON.
 */
const FUNCTION_BUILD: Readonly<BuildOptions> = {
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
};

/**
 * Packages that are large (compiling and running them is most of their cost) and that only
 * some requests use, each imported only where that use starts (a dynamic import, or a require
 * on first use). They are left out of index.js and bundled one per file into the asset's
 * node_modules/, where Node's require finds them the first time that code runs: a cold start
 * does not read, compile or run them. (esbuild splits code only for ESM output; this keeps the
 * CommonJS handler.) Each file holds its package's own dependencies, so a dependency shared with
 * index.js, such as the SDK's core in a client, is there twice: loaded once only if used.
 */
export const SEPARATELY_BUNDLED: readonly string[] = [
  // Working-day calendars: holiday rules and time zones of every country (~1.5 MB).
  'date-holidays',
  'chinese-days',
  // Reading email (~1.2 MB with the character sets).
  'mailparser',
  '@zone-eu/mailsplit',
  'iconv-lite',
  'libmime',
  // Staff sign-in tokens: complainants and partners never send one.
  'aws-jwt-verify',
  // AWS clients other than DynamoDB's: files, the workflow, audit digests, managed triage.
  '@aws-sdk/client-s3',
  '@aws-sdk/s3-request-presigner',
  '@aws-sdk/client-sfn',
  '@aws-sdk/client-kms',
  '@aws-sdk/client-comprehend',
];

export interface BundledFile {
  /** Relative to the output directory. */
  file: string;
  bytes: number;
  mapBytes: number;
  metafile: Metafile;
}

export interface FunctionBundle {
  main: BundledFile;
  /** The separately bundled packages index.js (or one of them) requires, by import path. */
  separate: Map<string, BundledFile>;
}

const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isSeparate = (specifier: string): boolean => SEPARATELY_BUNDLED.includes(packageOf(specifier));

/** Where require looks, relative to index.js: node_modules/<package>/index.js for a package, the subpath (with .js added unless it has it) for a file of one. */
export const fileFor = (specifier: string): string => {
  if (specifier === packageOf(specifier)) return path.join('node_modules', specifier, 'index.js');
  return path.join('node_modules', specifier.endsWith('.js') ? specifier : `${specifier}.js`);
};

function requiredSeparately(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && isSeparate(i.path)).map((i) => i.path));
}

function built(outdir: string, file: string, metafile: Metafile): BundledFile {
  const at = path.join(outdir, file);
  return { file, bytes: statSync(at).size, mapBytes: statSync(`${at}.map`).size, metafile };
}

/**
 * Bundles a function from its entry (a path under the repository) into `outdir`: index.js with
 * its source map, and the separately bundled packages it can reach under node_modules/.
 */
export function bundleFunction(entry: string, outdir: string): FunctionBundle {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const { metafile } = buildSync({
    ...FUNCTION_BUILD,
    entryPoints: [path.resolve(REPO_ROOT, entry)],
    outfile: path.join(outdir, 'index.js'),
    absWorkingDir: REPO_ROOT,
    external: [...SEPARATELY_BUNDLED],
    metafile: true,
  });
  const bundle: FunctionBundle = { main: built(outdir, 'index.js', metafile), separate: new Map() };
  const pending = requiredSeparately(metafile);
  for (let specifier = pending.pop(); specifier !== undefined; specifier = pending.pop()) {
    if (bundle.separate.has(specifier)) continue;
    const file = fileFor(specifier);
    const own = bundlePackage(specifier, file);
    for (const out of own.outputFiles) {
      mkdirSync(path.dirname(path.join(outdir, out.path)), { recursive: true });
      writeFileSync(path.join(outdir, out.path), out.contents);
    }
    bundle.separate.set(specifier, built(outdir, file, own.metafile));
    pending.push(...requiredSeparately(own.metafile));
  }
  return bundle;
}

/** The same package bundles the same for every function: built once per process (a synth bundles a dozen functions). */
const packageBundles = new Map<string, { outputFiles: { path: string; contents: Uint8Array }[]; metafile: Metafile }>();

function bundlePackage(specifier: string, file: string): { outputFiles: { path: string; contents: Uint8Array }[]; metafile: Metafile } {
  let bundled = packageBundles.get(specifier);
  if (!bundled) {
    const result = buildSync({
      ...FUNCTION_BUILD,
      // `require`, as Node would load the package unbundled: its CommonJS build where it has one.
      stdin: { contents: `module.exports = require(${JSON.stringify(specifier)});`, resolveDir: REPO_ROOT, sourcefile: `${specifier}.js` },
      outfile: path.join(REPO_ROOT, file),
      absWorkingDir: REPO_ROOT,
      // Another separately bundled package it uses stays a file of its own, shared.
      external: SEPARATELY_BUNDLED.filter((p) => p !== packageOf(specifier)),
      metafile: true,
      write: false,
    });
    const relative = (out: OutputFile) => ({ path: path.relative(REPO_ROOT, out.path), contents: out.contents });
    bundled = { outputFiles: result.outputFiles.map(relative), metafile: result.metafile };
    packageBundles.set(specifier, bundled);
  }
  return bundled;
}
