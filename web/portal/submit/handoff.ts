import type { ClockFieldsFragment } from '../generated/graphql';

/**
 * What the confirmation page shows, carried in the history entry's state: it survives a reload
 * of that tab and goes with it, and never appears in a URL (the access code is in it).
 */
export interface Submitted {
  reference: string;
  accessCode: string;
  receivedAt: string;
  clocks: ClockFieldsFragment[];
  /** The acknowledgement email goes only to an email address. */
  emailGiven: boolean;
}

// Files chosen on the form, handed to the confirmation page in memory (history state is no place for bytes).
let pendingFiles: File[] = [];

export function handOverFiles(files: File[]): void {
  pendingFiles = files;
}

/** The files to upload now; taken once, so a reload does not upload them again. */
export function takeFiles(): File[] {
  const files = pendingFiles;
  pendingFiles = [];
  return files;
}
