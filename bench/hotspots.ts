/**
 * (n) Hotspots on real CFPB data with spikes of known size injected: the share test with
 * Benjamini–Hochberg (functions/core/analytics/rising-share.ts) against the method it
 * replaced, kept here only as the baseline.
 *
 * The weeks (Monday to Sunday) of the in-repo CFPB sample with at least MIN_WEEK complaints
 * in the week and in the week before are the periods. In each trial one group of a week
 * with at least MIN_GROUP complaints has its complaints multiplied by a factor (the
 * complaints it got that week are repeated); a method detects the spike when it calls
 * that group significant. Every other group it calls significant that week counts against
 * its precision. The same weeks untouched give the false alarms: groups called
 * significant where nothing was injected (the data's own changes are among them).
 */
import { resolve } from 'node:path';
import { weekStart } from '../functions/core/analytics/period';
import { testShares, DEFAULT_FALSE_DISCOVERY_RATE, type PeriodCounts } from '../functions/core/analytics/rising-share';
import { binomialAtLeast, isSignificant } from '../functions/core/analytics/significance';
import { addDays } from '../functions/core/clocks/time-zone';
import { readCfpbCsv } from '../scripts/cfpb-csv';
import { table } from './report';
import { seededRandom } from '../test/harness/seeded-random';

export const HOTSPOTS_SECTION_HEADING = '### (n) Hotspots on CFPB data: injected spikes';
const SAMPLE = resolve(__dirname, 'data/source/cfpb_complaints_sample_2015-2020.csv');
const FACTORS = [1.5, 2, 3] as const;
const MIN_WEEK = 40;
const MIN_GROUP = 5;
const TRIALS_PER_WEEK_AND_FACTOR = 20;
const SEED = 13;
/** The columns the importer turns into RESPONDENT and PRODUCT. */
const DIMENSIONS = [
  { name: 'RESPONDENT (Company)', column: 'Company' },
  { name: 'PRODUCT (Product)', column: 'Product' },
] as const;

type Volumes = Map<string, PeriodCounts>;
type Method = (volumes: Volumes) => Set<string>;

/** The method before issue 13: a rise in raw counts tested against a fair coin, each group alone, p < 0.05. */
const rawCountBaseline: Method = (volumes) =>
  new Set([...volumes].filter(([, v]) => v.current > v.previous && isSignificant(binomialAtLeast(v.current, v.current + v.previous))).map(([key]) => key));

/** The share of each group against the overall change, Benjamini–Hochberg across the groups, expected at least 5. */
const shareTest: Method = (volumes) => {
  const totals = { current: 0, previous: 0 };
  for (const v of volumes.values()) {
    totals.current += v.current;
    totals.previous += v.previous;
  }
  const scored = testShares([...volumes].map(([key, v]) => ({ key, ...v })), totals, DEFAULT_FALSE_DISCOVERY_RATE);
  return new Set(scored.filter((g) => g.significant && g.excess > 0).map((g) => g.key));
};

const METHODS: Array<{ name: string; run: Method }> = [
  { name: 'before: raw counts, p < 0.05 per group', run: rawCountBaseline },
  { name: 'now: share vs overall change, BH q ≤ 0.05, expected ≥ 5', run: shareTest },
];

const weekBefore = (monday: string) => addDays(monday, -7);

interface Tally {
  trials: number;
  detected: number;
  otherFlags: number;
}

export interface HotspotsBenchResult {
  rows: number;
  weeks: number;
  firstWeek: string;
  lastWeek: string;
  dimensions: Array<{
    name: string;
    groupsPerWeek: number;
    spikes: Array<{ factor: number; byMethod: Tally[] }>;
    /** Untouched weeks: groups flagged per week, and weeks with any flag. */
    quiet: Array<{ flagsPerWeek: number; weeksWithFlags: number }>;
  }>;
  seconds: number;
}

export async function runHotspotsBench(): Promise<HotspotsBenchResult> {
  const started = performance.now();
  const records: Array<Readonly<Record<string, string | undefined>>> = [];
  for await (const row of readCfpbCsv(SAMPLE)) if ('record' in row) records.push(row.record);
  const perWeek = new Map<string, number>();
  for (const r of records) perWeek.set(weekStart(r['Date received']!), (perWeek.get(weekStart(r['Date received']!)) ?? 0) + 1);
  const weeks = [...perWeek.keys()].filter((w) => (perWeek.get(w) ?? 0) >= MIN_WEEK && (perWeek.get(weekBefore(w)) ?? 0) >= MIN_WEEK).sort();

  const dimensions = DIMENSIONS.map(({ name, column }) => {
    const volumesOf = (week: string): Volumes => {
      const volumes: Volumes = new Map();
      const before = weekBefore(week);
      for (const r of records) {
        const monday = weekStart(r['Date received']!);
        if (monday !== week && monday !== before) continue;
        const key = r[column] ?? '';
        const v = volumes.get(key) ?? { current: 0, previous: 0 };
        if (monday === week) v.current += 1;
        else v.previous += 1;
        volumes.set(key, v);
      }
      return volumes;
    };
    const rnd = seededRandom(SEED);
    const spikes = FACTORS.map((factor) => ({ factor, byMethod: METHODS.map((): Tally => ({ trials: 0, detected: 0, otherFlags: 0 })) }));
    const quiet = METHODS.map(() => ({ flags: 0, weeksWithFlags: 0 }));
    let groups = 0;
    for (const week of weeks) {
      const volumes = volumesOf(week);
      groups += volumes.size;
      METHODS.forEach((m, i) => {
        const flagged = m.run(volumes).size;
        quiet[i].flags += flagged;
        if (flagged) quiet[i].weeksWithFlags += 1;
      });
      const eligible = [...volumes].filter(([, v]) => v.current >= MIN_GROUP).map(([key]) => key);
      if (!eligible.length) continue;
      for (const spike of spikes) {
        for (let trial = 0; trial < TRIALS_PER_WEEK_AND_FACTOR; trial += 1) {
          const key = eligible[Math.floor(rnd() * eligible.length)];
          const spiked = new Map(volumes);
          const v = volumes.get(key)!;
          spiked.set(key, { ...v, current: Math.round(v.current * spike.factor) });
          METHODS.forEach((m, i) => {
            const flagged = m.run(spiked);
            const tally = spike.byMethod[i];
            tally.trials += 1;
            if (flagged.has(key)) tally.detected += 1;
            tally.otherFlags += flagged.size - (flagged.has(key) ? 1 : 0);
          });
        }
      }
    }
    return {
      name,
      groupsPerWeek: groups / weeks.length,
      spikes,
      quiet: quiet.map((q) => ({ flagsPerWeek: q.flags / weeks.length, weeksWithFlags: q.weeksWithFlags })),
    };
  });
  return { rows: records.length, weeks: weeks.length, firstWeek: weeks[0], lastWeek: weeks.at(-1)!, dimensions, seconds: (performance.now() - started) / 1000 };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const precisionOf = (t: Tally) => (t.detected + t.otherFlags === 0 ? 1 : t.detected / (t.detected + t.otherFlags));
const recallOf = (t: Tally) => t.detected / t.trials;

export function describeHotspotsBench(r: HotspotsBenchResult, measured: string): string {
  return [
    HOTSPOTS_SECTION_HEADING,
    '',
    `${measured} The in-repo CFPB sample (\`bench/data/source\`, ${r.rows.toLocaleString('en-US')} complaints): the ${r.weeks} weeks (Monday to Sunday, ${r.firstWeek} to ${r.lastWeek}) ` +
      `with at least ${MIN_WEEK} complaints in the week and in the week before, each compared with the week before. ` +
      `In each of ${TRIALS_PER_WEEK_AND_FACTOR} trials per week and factor, one group with at least ${MIN_GROUP} complaints that week, drawn at random (seed ${SEED}), has its week's complaints multiplied by the factor; ` +
      'recall is the share of trials where the method flags that group, precision the share of its flags in those weeks that are the injected group. ' +
      "The weeks' own changes are real (the sample's volume swings from about 40 to 800 a week), so a flag on another group is not always wrong, but a method that flags dozens a week is of no use to staff.",
    '',
    ...r.dimensions.flatMap((d) => [
      `**${d.name}**, ${d.groupsPerWeek.toFixed(0)} groups per pair of weeks on average:`,
      '',
      table(
        ['method', ...d.spikes.flatMap((s) => [`×${s.factor} precision`, `×${s.factor} recall`]), 'untouched weeks: flags per week', 'weeks with any flag'],
        METHODS.map((m, i) => [
          m.name,
          ...d.spikes.flatMap((s) => [pct(precisionOf(s.byMethod[i])), pct(recallOf(s.byMethod[i]))]),
          d.quiet[i].flagsPerWeek.toFixed(1),
          `${d.quiet[i].weeksWithFlags} of ${r.weeks}`,
        ]),
      ),
      '',
    ]),
    `The whole run took ${r.seconds.toFixed(1)} s (it reads the sample once and scores in memory; no store involved).`,
  ].join('\n');
}

export function summarizeHotspotsBench(r: HotspotsBenchResult): string[] {
  return r.dimensions.flatMap((d) =>
    METHODS.map((m, i) => {
      const doubled = d.spikes.find((s) => s.factor === 2)!.byMethod[i];
      return `hotspots ${d.name}, ${m.name}: ×2 precision ${pct(precisionOf(doubled))}, recall ${pct(recallOf(doubled))}; untouched ${d.quiet[i].flagsPerWeek.toFixed(1)} flags/week`;
    }),
  );
}
