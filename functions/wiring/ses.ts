import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';

export function sesMailer(config: PlatformConfig): SesMailer {
  const client = traced(new SESv2Client({ region: config.region, endpoint: config.sesEndpoint }));
  return new SesMailer(client, config.senderEmail, config.sesConfigurationSet);
}
