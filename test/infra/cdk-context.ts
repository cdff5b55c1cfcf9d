import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlatformSettings, PlatformSettingsError } from '../../infra/config';

/** The context `cdk synth` runs with, read from cdk.json, so the tests build what the CLI builds. */
export function cdkJsonContext(): Record<string, unknown> & { complaintPlatform: Record<string, unknown> } {
  return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'cdk.json'), 'utf8')).context;
}

/** CDK's own switch for which stacks bundle assets: none, for tests that only read the templates' shape. */
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** The problems a configuration has, as the error lists them: path and what is wrong. */
export function problemsOf(raw: unknown, region?: string): Array<{ path: string; problem: string }> {
  try {
    parsePlatformSettings(raw, region);
  } catch (error) {
    if (error instanceof PlatformSettingsError) return [...error.problems];
    throw error;
  }
  return [];
}
