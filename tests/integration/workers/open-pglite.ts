// Opens a PGlite folder the way the server does (db/client openDb, which takes db/lock.ts's
// lock), for tests/integration/second-process.test.ts.
//   hold:  print "ready <pid>", keep it open; on SIGTERM write a marker row, close, exit 0.
//   try:   open it; print "opened" and exit 0, or print the error and exit 3.
import { sql } from "drizzle-orm";
import { openDb } from "@/db/client";

const [mode, dataDir] = process.argv.slice(2);
if (mode === "hold") {
  const handle = await openDb({ dataDir: dataDir!, purpose: "second-process test holder" });
  await handle.db.execute(sql`create table if not exists marker (note text)`);
  process.stdout.write(`ready ${process.pid}\n`);
  const keepAlive = setInterval(() => {}, 1000);
  process.on(
    "SIGTERM",
    () =>
      void (async () => {
        await handle.db.execute(sql`insert into marker values ('written by the holder after the refusal')`);
        await handle.close();
        clearInterval(keepAlive);
        process.exit(0);
      })(),
  );
} else {
  try {
    const handle = await openDb({ dataDir: dataDir!, purpose: "second-process test intruder" });
    process.stdout.write("opened\n");
    await handle.close();
    process.exit(0);
  } catch (e) {
    process.stderr.write(`${(e as Error).name}: ${(e as Error).message}\n`);
    process.exit(3);
  }
}
