import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { automaticMessageReason } from '../core/inbound/automatic-message';
import type { MailParser } from '../core/inbound/inbound-email';
import { inboundEmailService, type InboundEmailDependencies, type InboundEmailService, type InboundMail } from '../core/inbound/receive-email';
import { newReplyText } from '../core/inbound/reply-text';
import { replyAddresses, type ReplyAddresses } from '../core/inbound/reply-address';
import { logger } from '../adapters/observability/logger';
import { metrics } from '../adapters/observability/metrics';
import { DynamoDbInboundEmailStore } from '../adapters/dynamodb/inbound-email-store';
import { complaintStore, duplicateIndex, dynamoDbClient, fileRecords, partnerStore } from './dynamodb';
import { fileStore } from './files';
import { keyringSource } from './secrets';
import { workflowStarter } from './step-functions';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { triageModel } from './triage';

/** The complaints' reply addresses, when the deployment takes email in (INBOUND_ADDRESS). */
export function replyAddressesOf(config: PlatformConfig): ReplyAddresses | undefined {
  const keys = keyringSource(config.secrets.accessCode);
  return config.inboundAddress && keys ? replyAddresses(config.inboundAddress, keys) : undefined;
}

/** The inbound emails kept on the table. */
export function inboundEmailStore(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbInboundEmailStore {
  return new DynamoDbInboundEmailStore(client, config.tableName);
}

/**
 * The MIME parser (mailparser), loaded on the first message: the GraphQL function wires the
 * intake for staff's reprocess and reading a kept email, and most of its requests never parse one.
 */
let mimeParser: Promise<MailParser> | undefined;
const parser: MailParser = {
  parse: async (raw) => (await (mimeParser ??= import('../adapters/mail/mime-parser').then((m) => new m.MimeMailParser()))).parse(raw),
};

/** The MIME parser and the rules that read what a message is and what a reply newly says. */
export const INBOUND_MAIL: InboundMail = { parser, automaticMessageReason, newReplyText };

/** What a caller that already built them (the GraphQL function) passes in, so no client is made twice. */
export type SharedIntakeParts = Partial<Pick<InboundEmailDependencies, 'store' | 'workflow' | 'duplicates' | 'triage' | 'webhooks' | 'inboundEmails' | 'files' | 'fileRecords'>>;

/**
 * The intake of email, as the carriers call it (the SES receipt function, the local SMTP
 * server) and the API's reprocess uses it. Undefined when the deployment takes no email in
 * (no INBOUND_ADDRESS) or keeps no files (no FILES_BUCKET: the raw messages are kept there).
 */
export function createInboundEmailService(config: PlatformConfig, clock: Clock = systemClock, shared: SharedIntakeParts = {}): InboundEmailService | undefined {
  const addresses = replyAddressesOf(config);
  const files = shared.files ?? fileStore(config, clock);
  if (!addresses || !files) return undefined;
  const client = dynamoDbClient(config);
  return inboundEmailService({
    store: shared.store ?? complaintStore(config, client),
    workflow: shared.workflow ?? workflowStarter(config),
    clock,
    logger,
    metrics,
    settingsDefaults: config.settingsDefaults,
    accessCodeKeys: keyringSource(config.secrets.accessCode),
    duplicates: shared.duplicates ?? duplicateIndex(config, client),
    triage: shared.triage ?? triageModel(config),
    webhooks: shared.webhooks ?? partnerStore(config, client),
    inboundEmails: shared.inboundEmails ?? inboundEmailStore(config, client),
    files,
    fileRecords: shared.fileRecords ?? fileRecords(config, client),
    mail: INBOUND_MAIL,
    addresses,
    senderAddress: config.senderEmail,
  });
}
