import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Clock } from '../functions/core/clock';
import type { ReceivedEmail } from '../functions/core/inbound/inbound-email';
import type { Logger } from '../functions/core/logger';
import { errorName } from '../functions/core/logger';
import { MAX_RAW_BYTES } from '../functions/core/inbound/receive-email';
import { isLoopbackHost } from './loopback';

/** The intake's own limit, refused early at the SMTP level (SIZE, then 552) rather than received and kept as REJECTED. */
export const MAX_MESSAGE_BYTES = MAX_RAW_BYTES;

export interface LocalSmtpServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** A loopback address: this server has no authentication and no TLS (local development only). */
  host?: string;
  /** Recipients at this domain are taken (any local part, as the SES receipt rule's domain); any other gets a 550. */
  domain: string;
  maxBytes?: number;
  clock: Clock;
  logger: Logger;
  /** The intake of a received message: the client gets its 250 only once this resolved, a 451 (try again) when it throws. */
  receive: (email: ReceivedEmail) => Promise<unknown>;
}

export interface LocalSmtpServer {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  /** Stops listening and closes the connections still open. */
  stop: () => Promise<void>;
}

const withCode = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/** Reads the whole message (past the SIZE limit the stream only counts, and says sizeExceeded). */
async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The local stand-in for SES receiving: an SMTP server on the loopback interface that hands
 * each message, raw, with its envelope, to the same intake the cloud's receipt rule feeds.
 * No AUTH and no STARTTLS: it only listens on this machine, for development and tests.
 */
export async function startSmtpServer(options: LocalSmtpServerOptions): Promise<LocalSmtpServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error('the local SMTP server listens on a loopback address only: it has no authentication and no TLS');
  const domain = options.domain.toLowerCase();
  const size = options.maxBytes ?? MAX_MESSAGE_BYTES;
  const server = new SMTPServer({
    name: 'localhost',
    banner: 'complaint platform (local development)',
    size,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    // Stopping the stack waits this long at most for a client to say QUIT.
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const at = address.address.lastIndexOf('@');
      if (at > 0 && address.address.slice(at + 1).toLowerCase() === domain) return callback();
      callback(withCode(`Mailbox unavailable: this server only takes mail for @${domain}`, 550));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) return callback(withCode(`Message too big: the limit is ${size} bytes`, 552));
          const envelope = session.envelope;
          await options.receive({
            raw: new Uint8Array(raw),
            envelope: { from: envelope.mailFrom ? envelope.mailFrom.address || undefined : undefined, to: envelope.rcptTo.map((r) => r.address) },
            receivedAt: options.clock.now().toISOString(),
          });
          callback();
        })
        .catch((error: unknown) => {
          // Nothing is lost: the sender keeps the message and tries again.
          options.logger.warn('smtp.receive_failed', { errorName: errorName(error) });
          callback(withCode('Temporary failure, try again later', 451));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    url: `smtp://${host}:${port}`,
    stop: () => (stopped ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
