// Shared by the benchmarks: the resident memory of a process and all its children (a `next
// start` serves from a child process), in MB.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export function treeRssMb(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const kids = execFileSync("ps", ["-o", "pid=", "--ppid", String(pids[i])], { encoding: "utf8" }).trim();
      if (kids) pids.push(...kids.split(/\s+/).map(Number));
    } catch {}
  }
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}
