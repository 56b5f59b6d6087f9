// How many processes the production server runs (lib/http/workers.mjs, issue 20).
import { describe, expect, it } from "vitest";
import { workerCount } from "@/lib/http/workers.mjs";

const pg = { DATABASE_URL: "postgres://db.example/sijill" };

describe("workerCount", () => {
  it("serves with one process unless told otherwise", () => {
    expect(workerCount({}, 8)).toEqual({ workers: 1 });
    expect(workerCount({ ...pg, SIJILL_WORKERS: "" }, 8)).toEqual({ workers: 1 });
  });

  it("takes a whole number, or auto for the machine's cores, on PostgreSQL", () => {
    expect(workerCount({ ...pg, SIJILL_WORKERS: "3" }, 2)).toEqual({ workers: 3 });
    expect(workerCount({ ...pg, SIJILL_WORKERS: "auto" }, 4)).toEqual({ workers: 4 });
    expect(workerCount({ ...pg, SIJILL_WORKERS: " AUTO " }, 0)).toEqual({ workers: 1 });
  });

  it("keeps the embedded database to one process: auto settles on one, a number says why not", () => {
    expect(workerCount({ SIJILL_WORKERS: "auto" }, 4)).toEqual({ workers: 1 });
    expect(workerCount({ SIJILL_WORKERS: "1" }, 4)).toEqual({ workers: 1 });
    expect(workerCount({ SIJILL_WORKERS: "2" }, 4)).toEqual({ error: expect.stringContaining("needs PostgreSQL") });
  });

  it("names a value it cannot read", () => {
    for (const bad of ["0", "-1", "two", "1.5", "65"]) {
      expect(workerCount({ ...pg, SIJILL_WORKERS: bad }, 2)).toEqual({ error: expect.stringContaining(`"${bad}"`) });
    }
  });
});
