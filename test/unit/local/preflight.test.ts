import { createServer } from 'node:net';
import { freePort, PreflightError, requireJava, requirePortFree } from '../../../local/preflight';

describe('starting the local stack', () => {
  it('names the setting to change when a port is taken', async () => {
    const port = await freePort();
    const holder = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    try {
      await expect(requirePortFree(port, 'API_PORT')).rejects.toThrow(PreflightError);
      await expect(requirePortFree(port, 'API_PORT')).rejects.toThrow(`Port ${port} is already in use`);
      await expect(requirePortFree(port, 'API_PORT')).rejects.toThrow('API_PORT=<port> npm start');
    } finally {
      holder.close();
    }
  });

  it('goes ahead when the port is free', async () => {
    await expect(requirePortFree(await freePort(), 'API_PORT')).resolves.toBeUndefined();
  });

  it('says how to install Java when it is missing', () => {
    expect(() => requireJava('java-that-is-not-installed')).toThrow(PreflightError);
    expect(() => requireJava('java-that-is-not-installed')).toThrow('apt-get install openjdk-17-jre-headless');
  });
});
