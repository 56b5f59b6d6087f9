// db/lock.ts: who may open a PGlite folder that another process holds.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirBusyError, lockFileFor } from "@/db/lock";

const work = mkdtempSync(path.join(tmpdir(), "sijill-lock-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const folder = () => path.join(work, `pglite-${++n}`);
const holdBy = (dir: string, holder: object) =>
  writeFileSync(lockFileFor(dir), JSON.stringify({ purpose: "sijill server", since: "2026-01-01T00:00:00Z", ...holder }));

function orphan(): { pid: number; kill: () => void } {
  const pid = Number(spawnSync("sh", ["-c", "sleep 60 >/dev/null 2>&1 & echo $!"], { encoding: "utf8" }).stdout.trim());
  return { pid, kill: () => process.kill(pid, "SIGKILL") };
}

describe("acquireDataDirLock", () => {
  it("writes the lock beside the folder and removes it on release", () => {
    const dir = folder();
    const lock = acquireDataDirLock(dir, { purpose: "test" });
    expect(lock.file).toBe(`${dir}.lock`);
    expect(JSON.parse(readFileSync(lock.file, "utf8"))).toMatchObject({ pid: process.pid, purpose: "test" });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it("refuses a live process outside this process tree, naming it", () => {
    const dir = folder();
    const other = orphan();
    try {
      holdBy(dir, { pid: other.pid, ppid: 1 });
      expect(() => acquireDataDirLock(dir, { purpose: "test" })).toThrow(DataDirBusyError);
      expect(() => acquireDataDirLock(dir, { purpose: "test" })).toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it("lets this process's own server tree share it, but not an exclusive CLI", () => {
    const dir = folder();
    const child = spawn("sleep", ["60"]);
    try {
      holdBy(dir, { pid: child.pid, ppid: process.pid });
      const lock = acquireDataDirLock(dir, { purpose: "test" });
      lock.release();
      expect(existsSync(lockFileFor(dir)), "a shared lock is left to its holder").toBe(true);
      expect(() => acquireDataDirLock(dir, { purpose: "db:backup", exclusive: true })).toThrow(DataDirBusyError);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("takes over the lock of a dead process, of a pid reused since, and an unreadable one", () => {
    for (const holder of [
      { pid: 2 ** 22 + 12345, ppid: 1 },
      { pid: process.pid, ppid: process.ppid, start: 1 },
    ]) {
      const dir = folder();
      holdBy(dir, holder);
      const lock = acquireDataDirLock(dir, { purpose: "test" });
      expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
      lock.release();
      expect(existsSync(lock.file)).toBe(false);
    }
    const dir = folder();
    writeFileSync(lockFileFor(dir), "{ half-writ");
    acquireDataDirLock(dir, { purpose: "test" }).release();
  });
});
