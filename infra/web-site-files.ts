import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildWebApps } from '../web/build/build-web-apps';

const ROOT = join(__dirname, '..');
/** What the build reads: the apps' sources, their build script, and the locked dependency versions. */
const SOURCES = [join(ROOT, 'web'), join(ROOT, 'package-lock.json')];
/** Builds are kept by the hash of their sources, so `cdk synth` and every infra test reuse one build. */
export const WEB_SITE_BUILDS = join(ROOT, 'cdk.out', 'web-apps');

/** The built site in the bucket's layout: the portal at the root, the workspace under staff/. */
export interface WebSiteFiles {
  /** Content-hashed files (assets/…, staff/assets/…): cached for ever. */
  immutable: string;
  /** The pages that name them (index.html, staff/index.html): revalidated on every load. */
  pages: string;
}

/**
 * The web apps built by web/build/build-web-apps.ts, ready to deploy. CDK constructs are
 * synchronous and stage a folder when they are made, while esbuild's build is a promise:
 * a child process runs it, once per state of the sources, into cdk.out/web-apps/<hash>.
 */
export function webSiteFiles(): WebSiteFiles {
  const dir = join(WEB_SITE_BUILDS, sourceHash());
  if (!existsSync(join(dir, 'pages', 'index.html'))) buildInto(dir);
  return { immutable: join(dir, 'immutable'), pages: join(dir, 'pages') };
}

function buildInto(dir: string): void {
  // Built aside and renamed into place: two test workers may build at once, and a half-built folder is never used.
  const scratch = `${dir}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [__filename, scratch], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(join(dir, 'pages', 'index.html'))) throw error;
  }
  for (const old of readdirSync(WEB_SITE_BUILDS)) {
    if (join(WEB_SITE_BUILDS, old) !== dir && !old.endsWith('.tmp')) rmSync(join(WEB_SITE_BUILDS, old), { recursive: true, force: true });
  }
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!statSync(path).isDirectory()) {
      hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
      return;
    }
    for (const name of readdirSync(path).sort()) add(join(path, name));
  };
  SOURCES.forEach(add);
  return hash.digest('hex').slice(0, 16);
}

/** The child process: build both apps, then lay them out as the bucket holds them. */
async function buildSite(out: string): Promise<void> {
  const built = await buildWebApps(join(out, 'build'));
  const place = (from: string, to: string) => cpSync(from, to, { recursive: true });
  mkdirSync(join(out, 'pages', 'staff'), { recursive: true });
  place(join(built.dirs.portal, 'assets'), join(out, 'immutable', 'assets'));
  place(join(built.dirs.staff, 'assets'), join(out, 'immutable', 'staff', 'assets'));
  place(join(built.dirs.portal, 'index.html'), join(out, 'pages', 'index.html'));
  place(join(built.dirs.staff, 'index.html'), join(out, 'pages', 'staff', 'index.html'));
  rmSync(join(out, 'build'), { recursive: true, force: true });
}

if (require.main === module) {
  buildSite(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
