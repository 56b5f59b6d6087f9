// A second process opening a PGlite folder that a live server holds is refused with a clear
// message (db/lock.ts) instead of both writing and one losing its writes. Real processes: the
// holder is started under its own shell, so the intruder is not of its server tree (which
// db/lock.ts lets share the folder: next's own workers).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { openDb } from "@/db/client";

const root = fileURLToPath(new URL("../..", import.meta.url));
const worker = ["--conditions=react-server", "--import", "tsx", "tests/integration/workers/open-pglite.ts"];
const work = mkdtempSync(path.join(tmpdir(), "sijill-second-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("refuses a second process with a message naming the holder; the holder's writes are kept", { timeout: 120_000 }, async () => {
  const dataDir = path.join(work, "pglite");
  const quoted = [process.execPath, ...worker, "hold", dataDir].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const holder = spawn("sh", ["-c", `${quoted}; exit $?`], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  holder.stdout.on("data", (d) => (out += d));
  holder.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((res) => holder.on("exit", (code) => res(code)));
  let holderPid = 0;
  try {
    holderPid = await new Promise<number>((res, rej) => {
      const timer = setInterval(() => {
        const m = /ready (\d+)/.exec(out);
        if (m) {
          clearInterval(timer);
          res(Number(m[1]));
        }
      }, 100);
      void exited.then(() => (clearInterval(timer), rej(new Error(`holder exited early:\n${out}`))));
    });

    const second = spawnSync(process.execPath, [...worker, "try", dataDir], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(second.status, second.stdout + second.stderr).toBe(3);
    expect(second.stdout).not.toContain("opened");
    expect(second.stderr).toContain(`DataDirBusyError: The PGlite data folder is in use by process ${holderPid} (second-process test holder`);
    expect(second.stderr).toContain("Stop that process first");

    // The holder goes on writing, then stops cleanly and releases the folder.
    process.kill(holderPid, "SIGTERM");
    expect(await exited, out).toBe(0);
  } finally {
    if (holder.exitCode === null) {
      if (holderPid) process.kill(holderPid, "SIGKILL");
      holder.kill("SIGKILL");
    }
  }

  const again = spawnSync(process.execPath, [...worker, "try", dataDir], { cwd: root, encoding: "utf8", timeout: 60_000 });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain("opened");
  const handle = await openDb({ dataDir, purpose: "second-process test check" });
  try {
    const result = await handle.db.execute(sql`select note from marker`);
    const rows = (result as { rows: { note: string }[] }).rows;
    expect(rows.map((r) => r.note)).toEqual(["written by the holder after the refusal"]);
  } finally {
    await handle.close();
  }
});
