import { createServer, type Server, type Socket } from 'node:net';
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';

/** A port held by something that accepts connections and never answers, as a stray process might. */
async function silentListener(port: number): Promise<{ server: Server; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('starting DynamoDB Local', () => {
  it('gives up on a port another process took, saying EADDRINUSE, instead of waiting on it for ever', async () => {
    const port = await freePort();
    const squatter = await silentListener(port);
    try {
      await expect(startDynamoDbLocal(port)).rejects.toMatchObject({ code: 'EADDRINUSE', message: expect.stringContaining('DynamoDB Local exited') });
    } finally {
      await squatter.close();
    }
  }, 90_000);
});
