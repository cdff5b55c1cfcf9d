import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the endpoint answers for one operation: a body (status 200), an AWS error, or nothing at all (a hung call). */
export type ComprehendAnswer = { body: Record<string, unknown> } | { error: string; status?: number } | 'hang';

export interface ComprehendCall {
  operation: string;
  input: Record<string, unknown>;
}

export interface ComprehendEndpoint {
  url: string;
  calls: ComprehendCall[];
  answer(operation: 'DetectSentiment' | 'ClassifyDocument', answer: ComprehendAnswer): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Amazon Comprehend's wire protocol (AWS JSON 1.1: POST /, the operation in X-Amz-Target,
 * errors as `__type`) on a loopback port, answering as told. There is no local Comprehend:
 * this lets the real SDK client sign, send, time out and parse against it.
 */
export async function startComprehendEndpoint(): Promise<ComprehendEndpoint> {
  const answers = new Map<string, ComprehendAnswer>();
  const calls: ComprehendCall[] = [];
  const hung = new Set<IncomingMessage>();
  const answerOne = async (req: IncomingMessage, res: ServerResponse) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').at(-1) ?? '';
    calls.push({ operation, input: JSON.parse(await read(req)) as Record<string, unknown> });
    const answer = answers.get(operation) ?? { error: 'UnknownOperationException' };
    if (answer === 'hang') {
      hung.add(req);
      return;
    }
    const [status, body] = 'body' in answer ? [200, answer.body] : [answer.status ?? 400, { __type: answer.error, Message: 'as the test asked' }];
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => void answerOne(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    answer: (operation, answer) => void answers.set(operation, answer),
    close: () =>
      new Promise<void>((resolve) => {
        for (const req of hung) req.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
