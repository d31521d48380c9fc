/** Child processes of the local stack: started with a name, stopped by their own PID, never by name. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** Last lines of output, for error messages when it dies early. */
  readonly tail: () => string;
  stop(): Promise<void>;
}

export function startChild(name: string, command: string, args: string[], options: SpawnOptions & { onLine?: (line: string) => void }): Child {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 40) lines.shift();
      options.onLine?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
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
    child.process.once('exit', (code) => reject(new Error(`${child.name} exited (code ${code}) while starting:\n${child.tail()}`))),
  );
}
