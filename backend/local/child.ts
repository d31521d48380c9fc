/** Child processes of the local stack: started with a name, stopped by their own PID, never by name. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** Last lines of output, for error messages when it dies early. */
  readonly tail: () => string;
  stop(): Promise<void>;
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { onLine?: (line: string) => void },
): Child {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  // Output arrives in chunks that can split a line (or a multi-byte character): keep the unfinished tail.
  const pending = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: string | Buffer) => {
    const parts = (pending[stream] + String(chunk)).split('\n');
    pending[stream] = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 40) lines.shift();
      options.onLine?.(line);
    }
  };
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    process: child,
    tail: () => lines.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Rejects if the child exits before `ready` settles; used while waiting for health. */
export function failOnExit(child: Child): Promise<never> {
  return new Promise((_, reject) =>
    child.process.once('exit', (code) =>
      reject(new Error(`${child.name} exited (code ${code}) while starting:\n${child.tail()}`)),
    ),
  );
}
