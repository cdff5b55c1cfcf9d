import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { END_MARKER, START_MARKER, writeGeneratedTail } from '../../../bench/report';
import { describeWebApps, WEB_SECTIONS_HEADING, type WebAppsResult } from '../../../bench/web-apps';
import type { Sample } from '../../../bench/web-interactive';

const sample = (usableMs: number): Sample => ({ readyMs: usableMs - 100, usableMs, fcpMs: usableMs - 50, lcpMs: usableMs - 50, tbtMs: 0 });
const size = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip - 1000 });

const result: WebAppsResult = {
  bytes: {
    apps: [
      { app: 'portal', firstLoad: [{ file: 'assets/main-A.js', ...size(40_000) }], firstLoadTotal: size(40_000), allFiles: 1, allTotal: size(40_000), budgetGzip: 80_000 },
      { app: 'staff', firstLoad: [{ file: 'assets/main-B.js', ...size(90_000) }], firstLoadTotal: size(90_000), allFiles: 3, allTotal: size(150_000), budgetGzip: 300_000 },
    ],
    foundation: size(20_000),
  },
  interactive: {
    runs: 3,
    chromium: '156',
    pages: [
      { path: '/submit', probe: 'field', skipped: 'no text field in its `<main>` (the page is not built yet)', app: [], staticHtml: [], staticHtmlBytes: 0 },
      { path: '/', probe: 'control', app: [sample(900), sample(1000), sample(1100)], staticHtml: [sample(400), sample(500), sample(600)], staticHtmlBytes: 800 },
    ],
  },
  lighthouse: {
    version: '12.8.2',
    runs: [
      { path: '/', preset: 'mobile', runs: 3, performance: 97, performanceScores: [96, 97, 99], accessibility: 100, metrics: { 'largest-contentful-paint': 1700 }, accessibilityFailures: [], erroredAudits: [], requests: 5, offLoopback: [], warnings: [], errors: [], seconds: 12 },
      { path: '/track', preset: 'desktop', runs: 0, performanceScores: [], metrics: {}, accessibilityFailures: [], erroredAudits: [], requests: 0, offLoopback: [], warnings: [], errors: ['Lighthouse took longer than 120 s', 'Lighthouse took longer than 120 s'], seconds: 240 },
    ],
  },
  headings: { '/': '提交和查询投诉' },
};

describe("the web apps' bench report", () => {
  it('states each first load as a share of its budget and against the foundation alone', () => {
    const text = describeWebApps(result, 'Measured now.');
    expect(text).toContain('| portal (/) | `main-A.js` | 120,000 B | **40,000 B (40.0 kB)** | 39,000 B (39.0 kB) | 80.0 kB | **50 %** | ×2.00 |');
    expect(text).toContain('| **30 %** | ×4.50 | 3 files: 450,000 B, gzip 150.0 kB |');
  });

  it("times the pages that exist and says which were not built, with the app's ratio to its static markup", () => {
    const text = describeWebApps(result, 'Measured now.');
    expect(text).toContain('`/submit` was not timed: no text field in its `<main>` (the page is not built yet).');
    expect(text).toMatch(/\| `\/` \| first link or button takes the focus \| app \(local stack\) \| 3 \| 900 ms \| \*\*1000 ms\*\* \|.*\| \*\*×2\.00\*\* \|/);
  });

  it('gives the median Lighthouse scores with each run\'s and the heading each page showed, and says which runs failed', () => {
    const text = describeWebApps(result, 'Measured now.');
    expect(text).toContain('| `/` | “提交和查询投诉” | mobile | **97** (96, 97, 99) | **100** | — | 1700 ms |');
    expect(text).toContain('| `/track` | — | desktop | failed | — |');
    expect(text).toContain('| 0 of 2 (failed: Lighthouse took longer than 120 s), 240 s |');
  });

  describe('npm run bench -- web', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bench-report-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("rewrites only the web sections, keeping the other benchmarks' results and the text outside the markers", () => {
      const doc = join(dir, 'PERFORMANCE.md');
      writeFileSync(doc, `# Performance\n\n${START_MARKER}\n## Latest results\n\n### (h) Duplicates\n\nP 0.98\n\n${WEB_SECTIONS_HEADING} Old bytes\n\nold\n${END_MARKER}\n\nAfter.\n`);
      writeGeneratedTail(doc, WEB_SECTIONS_HEADING, `${WEB_SECTIONS_HEADING} New bytes\n\nnew`);
      expect(readFileSync(doc, 'utf8')).toBe(`# Performance\n\n${START_MARKER}\n## Latest results\n\n### (h) Duplicates\n\nP 0.98\n\n${WEB_SECTIONS_HEADING} New bytes\n\nnew\n${END_MARKER}\n\nAfter.\n`);
    });

    it('adds the web sections after the others when the document has none yet', () => {
      const doc = join(dir, 'PERFORMANCE.md');
      writeFileSync(doc, `${START_MARKER}\n### (h) Duplicates\n\nP 0.98\n${END_MARKER}\n`);
      writeGeneratedTail(doc, WEB_SECTIONS_HEADING, `${WEB_SECTIONS_HEADING} Bytes`);
      expect(readFileSync(doc, 'utf8')).toBe(`${START_MARKER}\n### (h) Duplicates\n\nP 0.98\n\n${WEB_SECTIONS_HEADING} Bytes\n${END_MARKER}\n`);
    });
  });
});
