import type { App } from 'aws-cdk-lib';
import { ComplaintPlatformStack } from './complaint-platform-stack';
import { platformSettings } from './config';

/** One stack per configured region. Without CDK_DEFAULT_ACCOUNT the stacks are account-agnostic. */
export function addRegionalStacks(app: App): ComplaintPlatformStack[] {
  const settings = platformSettings(app.node);
  return settings.regions.map(
    (region) =>
      new ComplaintPlatformStack(app, `ComplaintPlatform-${region}`, {
        env: { region, account: process.env.CDK_DEFAULT_ACCOUNT },
        // The same settings everywhere but what is chosen per region (the digests' retention).
        settings: platformSettings(app.node, region),
        description: `Complaint platform (${region})`,
      }),
  );
}
