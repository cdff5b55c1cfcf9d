import type { SESEvent, SESReceipt, SESReceiptStatus } from 'aws-lambda';
import type { AuthenticationVerdicts, ReceivedEmail, Verdict } from '../core/inbound/inbound-email';
import type { PlatformConfig } from '../config/environment';
import { inboundObjectReader } from '../wiring/inbound-bucket';

/** Where the receipt rule's S3 action writes each message: this prefix, then SES's message id. */
export const INBOUND_OBJECT_PREFIX = 'inbound/';

/** SES says DISABLED when it did not check (a rule without scanning): no verdict. */
const verdictOf = (status: SESReceiptStatus | undefined): Verdict => {
  if (!status || status.status === 'DISABLED') return 'NONE';
  return status.status;
};

export function verdictsOf(receipt: SESReceipt): AuthenticationVerdicts {
  return {
    spf: verdictOf(receipt.spfVerdict),
    dkim: verdictOf(receipt.dkimVerdict),
    dmarc: verdictOf(receipt.dmarcVerdict),
    spam: verdictOf(receipt.spamVerdict),
    virus: verdictOf(receipt.virusVerdict),
  };
}

export interface SesReceiptHandlerDependencies {
  /** The raw message the S3 action wrote (its whole bytes). */
  readObject: (key: string) => Promise<Uint8Array>;
  /** The intake of a received message (createInboundEmailService(...).receive). */
  receive: (email: ReceivedEmail) => Promise<unknown>;
}

/**
 * The receipt rule's Lambda action: SES has written the message to the inbound bucket (the
 * rule's S3 action runs first) and calls this with the envelope and its verdicts. A failure
 * throws, so Lambda retries the event; the message stays in the bucket either way.
 */
export function createSesReceiptHandler(deps: SesReceiptHandlerDependencies) {
  return async (event: SESEvent): Promise<void> => {
    for (const record of event.Records) {
      const { mail, receipt } = record.ses;
      const raw = await deps.readObject(`${INBOUND_OBJECT_PREFIX}${mail.messageId}`);
      await deps.receive({
        raw,
        // A bounce's null sender (MAIL FROM:<>) arrives as an empty source.
        envelope: { from: mail.source || undefined, to: receipt.recipients },
        verdicts: verdictsOf(receipt),
        receivedAt: new Date(receipt.timestamp).toISOString(),
      });
    }
  };
}

/** The inbound function of the stack (infra/constructs/inbound-email.ts) given the intake (functions/inbound/handler.ts). */
export function sesReceiptHandler(config: PlatformConfig, receive: SesReceiptHandlerDependencies['receive']) {
  return createSesReceiptHandler({ readObject: inboundObjectReader(config), receive });
}
