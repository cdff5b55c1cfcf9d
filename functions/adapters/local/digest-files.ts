import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSignedDigest, type SignedDigest } from '../../core/audit/digest';
import type { DigestArchive } from '../../core/audit/ports';

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

/**
 * The local stand-in for the object-locked bucket: one JSON file per organization and
 * day, `<dir>/<organization>/<day>.json`, created exclusively (never overwritten).
 * Nothing stops a person on the machine editing them; verification then says so.
 */
export class FileDigestArchive implements DigestArchive {
  constructor(private readonly dir: string) {}

  private folder(organizationId: string): string {
    return join(this.dir, encodeURIComponent(organizationId));
  }

  path(organizationId: string, day: string): string {
    return join(this.folder(organizationId), `${day}.json`);
  }

  async put(signed: SignedDigest): Promise<boolean> {
    await mkdir(this.folder(signed.digest.organizationId), { recursive: true });
    try {
      await writeFile(this.path(signed.digest.organizationId, signed.digest.day), `${JSON.stringify(signed, null, 2)}\n`, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async get(organizationId: string, day: string): Promise<SignedDigest | null> {
    try {
      return readSignedDigest(await readFile(this.path(organizationId, day), 'utf8'), organizationId, day);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async days(organizationId: string): Promise<string[]> {
    try {
      return (await readdir(this.folder(organizationId))).filter((f) => DAY_FILE.test(f)).map((f) => f.slice(0, 10)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}
