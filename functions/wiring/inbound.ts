import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { automaticMessageReason } from '../core/inbound/automatic-message';
import type { MailParser } from '../core/inbound/inbound-email';
import { inboundEmailService, type InboundEmailService, type InboundMail } from '../core/inbound/receive-email';
import { newReplyText } from '../core/inbound/reply-text';
import { replyAddresses, type ReplyAddresses } from '../core/inbound/reply-address';
import { jsonLogger } from '../core/logger';
import { DynamoDbInboundEmailStore } from '../adapters/dynamodb/inbound-email-store';
import { complaintStore, duplicateIndex, dynamoDbClient, fileRecords, partnerStore } from './dynamodb';
import { fileStore } from './files';
import { workflowStarter } from './step-functions';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** The complaints' reply addresses, when the deployment takes email in (INBOUND_ADDRESS). */
export function replyAddressesOf(config: PlatformConfig): ReplyAddresses | undefined {
  return config.inboundAddress && config.accessCodeSecret ? replyAddresses(config.inboundAddress, config.accessCodeSecret) : undefined;
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

/**
 * The intake of email, as the carriers call it (the SES receipt function, the local SMTP
 * server) and the API's reprocess uses it. Undefined when the deployment takes no email in
 * (no INBOUND_ADDRESS) or keeps no files (no FILES_BUCKET: the raw messages are kept there).
 */
export function createInboundEmailService(config: PlatformConfig, clock: Clock = systemClock, mail: InboundMail = INBOUND_MAIL): InboundEmailService | undefined {
  const addresses = replyAddressesOf(config);
  const files = fileStore(config, clock);
  if (!addresses || !files) return undefined;
  const client = dynamoDbClient(config);
  return inboundEmailService({
    store: complaintStore(config, client),
    workflow: workflowStarter(config),
    clock,
    logger: jsonLogger,
    settingsDefaults: config.settingsDefaults,
    accessCodeSecret: config.accessCodeSecret,
    duplicates: duplicateIndex(config, client),
    webhooks: partnerStore(config, client),
    inboundEmails: inboundEmailStore(config, client),
    files,
    fileRecords: fileRecords(config, client),
    mail,
    addresses,
    senderAddress: config.senderEmail,
  });
}
