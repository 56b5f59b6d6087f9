// Shared by the benchmarks: the resident memory of a process and all its children (a `next
// start` serves from a child process), in MB.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// A process and all its children, grandchildren…
function treePids(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const kids = execFileSync("ps", ["-o", "pid=", "--ppid", String(pids[i])], { encoding: "utf8" }).trim();
      if (kids) pids.push(...kids.split(/\s+/).map(Number));
    } catch {}
  }
  return pids;
}

export function treeRssMb(pid) {
  let kb = 0;
  for (const p of treePids(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}

// The CPU time (user + system, ms) a process and all its children have used so far, and that of
// every PostgreSQL server process on the machine (a local server's backends do a request's
// database work): read before and after a load, the difference per request is what one request
// costs, whatever else the machine is doing.
const TICK_MS = 10; // USER_HZ is 100 on Linux
function cpuMsOf(p) {
  try {
    const stat = readFileSync(`/proc/${p}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
export function treeCpuMs(pid) {
  return treePids(pid).reduce((ms, p) => ms + cpuMsOf(p), 0);
}
export function postgresCpuMs() {
  let out = "";
  try {
    out = execFileSync("pgrep", ["-x", "postgres"], { encoding: "utf8" }).trim();
  } catch {}
  return out ? out.split(/\s+/).reduce((ms, p) => ms + cpuMsOf(Number(p)), 0) : 0;
}
