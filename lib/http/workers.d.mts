export function workerCount(env: Record<string, string | undefined>, cores: number): { workers: number } | { error: string };
