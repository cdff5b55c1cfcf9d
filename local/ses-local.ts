import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';

export interface SesLocal {
  endpoint: string;
  stop: () => Promise<void>;
}

/** aws-ses-v2-local: the SES v2 API, with an inbox page at its root and GET /store. */
export async function startSesLocal(port: number, host = '127.0.0.1'): Promise<SesLocal> {
  const server = await sesLocal({ host, port });
  const endpoint = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
