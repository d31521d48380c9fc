/**
 * CPU time used so far by a process and all its descendants (the stack's Node process, DynamoDB Local's JVM,
 * cognito-local), by command, from Linux's /proc: what an order costs the machine, whatever else runs on it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Proc {
  pid: number;
  ppid: number;
  name: string;
  cpuMs: number;
}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; the fields after it are space-separated.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const name = /java/.test(cmdline[0])
      ? 'DynamoDB Local (JVM)'
      : cmdline.some((a) => a.includes('cognito-local'))
        ? 'cognito-local'
        : stat.slice(stat.indexOf('(') + 1, close);
    // utime and stime are fields 14 and 15 of stat (12 and 13 after the name).
    return {
      pid,
      ppid: Number(fields[1]),
      name,
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds by process name, for `root` and its descendants; undefined where /proc is not there. */
export function treeCpu(root: number): Map<string, number> | undefined {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return undefined;
  }
  const procs = pids.map(readProc).filter((p): p is Proc => Boolean(p));
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
  }
  const byName = new Map<string, number>();
  for (const p of procs) {
    if (!inTree.has(p.pid)) continue;
    const name = p.pid === root ? 'stack (Node)' : p.name;
    byName.set(name, (byName.get(name) ?? 0) + p.cpuMs);
  }
  return byName;
}

/** CPU milliseconds spent between two readings, by name, with a total. */
export function cpuSpent(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const spent = new Map<string, number>();
  for (const [name, ms] of after) spent.set(name, ms - (before.get(name) ?? 0));
  spent.set(
    'total',
    [...spent.values()].reduce((a, b) => a + b, 0),
  );
  return spent;
}
