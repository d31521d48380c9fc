/** Reads a required environment variable at call time (the local stack sets them before the first call). */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

export const optionalEnv = (name: string): string | undefined => process.env[name] || undefined;
