// PGlite has no lock on its data folder: two processes opening it both write, and one loses its
// writes silently. This lock file ($SIJILL_DATA_DIR/pglite.lock beside the folder) records the
// process that has the folder open, so a second process is refused with a clear message.
//
// Who may share it: the holder itself, and (unless `exclusive`) the processes of its own server
// tree: an ancestor or descendant of the holder, or a sibling under the same parent (next dev's
// CLI restarts its server child, which may briefly overlap the old one; build workers). The CLIs
// (backup, restore) ask for `exclusive`: only a dead holder's lock is taken over.
// A holder that died without cleaning up leaves a stale file: a dead pid is taken over.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

// start: the holder's start time in clock ticks since boot (Linux), so a pid reused by another
// process after a crash (common in containers) is not mistaken for the holder.
export type LockHolder = { pid: number; ppid: number; purpose: string; since: string; start?: number };

export class DataDirBusyError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The PGlite data folder is in use by process ${holder.pid} (${holder.purpose}, since ${holder.since}). ` +
        `Stop that process first (a second process writing to the folder would lose data). ` +
        `If no such process runs, delete ${lockFile}.`,
    );
    this.name = "DataDirBusyError";
  }
}

export function lockFileFor(pgliteDir: string): string {
  return `${pgliteDir.replace(/[\\/]+$/, "")}.lock`;
}

/** "pid (comm) state ppid …" from Linux /proc (comm may hold spaces and parentheses); null elsewhere. */
function procStat(pid: number): { state: string; ppid: number; start: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields from the 3rd on: state, ppid, … starttime is the 22nd.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [state, ppid, start] = [fields[0], Number(fields[1]), Number(fields[19])];
    return state && Number.isInteger(ppid) ? { state, ppid, start } : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number, start?: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to someone else: alive.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = procStat(pid);
  // A zombie (exited, not yet reaped by its parent) holds nothing open.
  if (stat?.state === "Z") return false;
  // Another process that got the same pid later.
  return !(stat && start !== undefined && Number.isFinite(stat.start) && stat.start !== start);
}

/** The parent of `pid` (null where /proc is not available). */
function parentOf(pid: number): number | null {
  return procStat(pid)?.ppid ?? null;
}

function ancestors(pid: number): number[] {
  const out: number[] = [];
  for (let p = parentOf(pid); p && p > 1 && out.length < 64; p = parentOf(p)) out.push(p);
  return out;
}

/** Whether `holder` belongs to this process's own server tree. */
function sameTree(holder: LockHolder): boolean {
  if (holder.pid === process.pid) return true;
  if (ancestors(process.pid).includes(holder.pid)) return true;
  if (ancestors(holder.pid).includes(process.pid)) return true;
  return holder.ppid > 1 && holder.ppid === process.ppid;
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return Number.isInteger(h.pid) ? h : null;
  } catch {
    return null;
  }
}

export type DataDirLock = { file: string; release: () => void };

/**
 * Takes the lock of `pgliteDir` for this process, or throws DataDirBusyError. Released by
 * `release()` and, as a last resort, when the process exits.
 */
export function acquireDataDirLock(pgliteDir: string, opts: { purpose: string; exclusive?: boolean }): DataDirLock {
  const file = lockFileFor(pgliteDir);
  const me: LockHolder = { pid: process.pid, ppid: process.ppid, purpose: opts.purpose, since: new Date().toISOString(), start: procStat(process.pid)?.start };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: "wx", mode: 0o644 });
      return holdLock(file, true);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder.pid, holder.start)) {
      if (holder.pid === process.pid) return holdLock(file, false);
      if (!opts.exclusive && sameTree(holder)) return holdLock(file, false);
      throw new DataDirBusyError(file, holder);
    }
    // Stale (dead holder) or unreadable (a crash mid-write): take it over.
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: another process keeps replacing it.`);
}

function holdLock(file: string, owned: boolean): DataDirLock {
  let released = !owned;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    // Only our own lock: never delete one another process took over meanwhile.
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  if (owned) process.on("exit", release);
  return { file, release };
}
