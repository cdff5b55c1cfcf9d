import { readdirSync, readFileSync } from 'node:fs';

interface ProcessEntry {
  pid: number;
  parent: number;
  state: string;
  command: string;
}

/** The processes running now, from Linux's /proc. */
function processTable(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (name) state ppid ...": the name may hold spaces and parentheses, so read after the last ')'.
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
      entries.push({ pid: Number(name), parent: Number(parent), state, command });
    } catch {
      // it ended while we read the table
    }
  }
  return entries;
}

/** Processes started, directly or not, by `root`, with their command lines. */
export function descendants(root: number): Array<{ pid: number; command: string }> {
  const table = processTable();
  const found: Array<{ pid: number; command: string }> = [];
  const parents = [root];
  while (parents.length > 0) {
    const parent = parents.pop()!;
    for (const entry of table.filter((e) => e.parent === parent)) {
      parents.push(entry.pid);
      found.push({ pid: entry.pid, command: entry.command });
    }
  }
  return found;
}

/** Whether the process still runs; a zombie (ended, not yet reaped) does not. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
