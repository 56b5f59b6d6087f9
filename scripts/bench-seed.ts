// npm run bench:seed -- --incidents N [--batch 5000]
// Fills the database the app is configured with (DATABASE_URL, or the PGlite folder under
// SIJILL_DATA_DIR) with N verified synthetic incidents: spread over the last three years and the
// gazetteer's places, Arabic and English summaries, 1–6 sources each (an article, an approved
// report and its quoted span per source). A bench fixture: it writes SQL in batches, not verbs,
// and records nothing in the audit trail. Migrates and seeds an empty database first.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { dataDir, defaultTarget } from "../db/client";
import { bootstrapDatabase } from "../db/bootstrap";
import { getDbHandle } from "../db/client";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
}

// PGlite has no lock on its folder: a second process writing to it while the server runs loses
// data. Refuse when another process of ours has this folder as its data folder.
function pgliteInUse(folder: string): number | null {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!/next|start\.mjs|instrumentation|node/.test(cmd)) continue;
      const env = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (env.some((e) => e.startsWith("DATABASE_URL="))) continue;
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      const dir = env.find((e) => e.startsWith("SIJILL_DATA_DIR="))?.slice("SIJILL_DATA_DIR=".length) || ".data";
      if (!/next-server|next start|next dev|start\.mjs/.test(cmd.replace(/\0/g, " "))) continue;
      if (path.join(path.resolve(cwd, dir), "pglite") === folder) return Number(pid);
    } catch {
      // not ours, or gone
    }
  }
  return null;
}

const N = arg("incidents", 100_000);
const BATCH = arg("batch", 5_000);
const target = defaultTarget();
if ("dataDir" in target) {
  const pid = pgliteInUse(target.dataDir);
  if (pid) {
    console.error(`bench:seed: the PGlite folder ${target.dataDir} is in use by process ${pid} (a running server). Stop it first.`);
    process.exit(1);
  }
}

const started = Date.now();
await bootstrapDatabase();
const handle = await getDbHandle();
const { db } = handle;

const [{ editor }] = await rows<{ editor: number }>(sql`select min(id)::int as editor from users`);

const TYPES_AR: Record<string, [string, string]> = {
  rocket_attack: ["هجوم صاروخي استهدف", "Rocket attack on"],
  drone_attack: ["هجوم بطائرة مسيّرة على", "Drone attack on"],
  armed_attack: ["هجوم مسلح على حاجز في", "Armed attack on a checkpoint in"],
  shelling: ["قصف مدفعي على", "Artillery shelling of"],
  airstrike: ["غارة جوية على", "Air strike on"],
  clashes: ["اشتباكات عنيفة في", "Clashes in"],
  explosion: ["انفجار عبوة ناسفة في", "Explosion in"],
  ied: ["انفجار لغم أرضي قرب", "Landmine blast near"],
  convoy: ["رتل عسكري يصل إلى", "Military convoy arrives in"],
  security_operation: ["حملة دهم واعتقالات في", "Raids and arrests in"],
};
const types = Object.keys(TYPES_AR);
const OUTLETS = ["عنب بلدي", "المرصد السوري لحقوق الإنسان", "فرات بوست", "Reuters", "وكالة سانا", "North Press", "شبكة شام", "AFP"];

console.log(`bench:seed: ${N} incidents on ${handle.driver === "pglite" ? `PGlite (${dataDir()})` : "PostgreSQL"} in batches of ${BATCH}`);
const [{ n: before }] = await rows<{ n: number }>(sql`select count(*)::int as n from incidents`);
for (let done = 0; done < N; done += BATCH) {
  const n = Math.min(BATCH, N - done);
  const seed = before + done;
  const t = Date.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      with pl as (select array_agg(id order by id) ids from places where lat is not null and status = 'confirmed'),
      ac as (select coalesce(array_agg(id order by id), '{}') ids from actors),
      tp as (select ${pgArray(types)}::text[] ids, ${pgArray(types.map((k) => TYPES_AR[k]![0]))}::text[] ar, ${pgArray(types.map((k) => TYPES_AR[k]![1]))}::text[] en),
      g as (
        select s, (${seed} + s) as k,
          current_date - ((hashint4(${seed} + s) & 2147483647) % 1095) as d,
          1 + ((hashint4(${seed} + s + 7) & 2147483647) % array_length((select ids from tp), 1)) as ti,
          1 + ((hashint4(${seed} + s + 11) & 2147483647) % array_length((select ids from pl), 1)) as pi,
          (hashint4(${seed} + s + 13) & 2147483647) % 10 as killed,
          (hashint4(${seed} + s + 17) & 2147483647) % 15 as injured,
          (hashint4(${seed} + s + 19) & 2147483647) % 20 as pr
        from generate_series(1, ${n}) s
      ),
      rows as (
        select g.*, (select ids[ti] from tp) as type, (select ar[ti] from tp) as tar, (select en[ti] from tp) as ten,
          (select ids[pi] from pl) as place_id,
          (select case when array_length(ids, 1) is null or g.k % 3 = 0 then null else ids[1 + g.k % array_length(ids, 1)] end from ac) as actor_id
        from g
      )
      insert into incidents (status, date, date_precision, type, place_id, actor_id, killed, injured, killed_high, summary_ar, summary_en,
                             verified_at, created_by, independent_sources, grade, claim_status, created_at, updated_at)
      select 'verified', r.d, (case when r.pr < 16 then 'day' when r.pr < 19 then 'approximate' else 'month' end)::date_precision, r.type::incident_type,
        r.place_id, r.actor_id, r.killed, r.injured, case when r.k % 9 = 0 then r.killed + 2 end,
        r.tar || ' ' || p.name_ar || ' أسفر عن مقتل ' || r.killed || ' وإصابة ' || r.injured || ' بحسب مصادر محلية (رقم ' || r.k || ')',
        r.ten || ' ' || p.name_en || ': ' || r.killed || ' killed, ' || r.injured || ' injured, local sources said (no. ' || r.k || ')',
        r.d + interval '2 days', ${editor}, 1 + r.k % 6,
        case when r.k % 6 = 0 then 'single_source' when r.k % 11 = 0 then 'contested' else 'multiple_independent' end,
        (array['claimed','confirmed','denied','unclaimed'])[1 + r.k % 4]::claim_status,
        now(), now()
      from rows r join places p on p.id = r.place_id`);
    // The incidents of this batch are the newest ids; each gets 1–6 sources.
    await tx.execute(sql`
      with inc as (select id, date, date_precision, type, place_id, actor_id, killed, injured, summary_ar from incidents
                   where status = 'verified' order by id desc limit ${n}),
      src as (select inc.*, s from inc, generate_series(1, 1 + inc.id % 6) s),
      art as (
        insert into articles (raw_text, body, outlet, url, title, published_at, language, created_by)
        select summary_ar, summary_ar, (${pgArray(OUTLETS)}::text[])[1 + (id + s) % 8],
          'https://bench.sijill.example/' || id || '/' || s, 'تقرير ' || id || '/' || s, date + 1, 'ar', ${editor}
        from src returning id, url
      ),
      rep as (
        insert into reports (article_id, incident_id, status, date, date_precision, type, place_id, actor_id, killed, injured, summary, created_by)
        select art.id, src.id, 'approved', src.date, src.date_precision, src.type, src.place_id, src.actor_id, src.killed, src.injured, src.summary_ar, ${editor}
        from art join src on art.url = 'https://bench.sijill.example/' || src.id || '/' || src.s
        returning id, article_id, summary
      )
      insert into evidence (article_id, report_id, field, exact, prefix, suffix, start, "end", created_by)
      select article_id, id, 'summary', summary, '', '', 0, char_length(summary), ${editor} from rep`);
  });
  console.log(`  ${done + n}/${N} (${Date.now() - t} ms)`);
}
// A register that has been running has its old pages marked all-visible by autovacuum, so index-only
// scans skip the heap; a table just filled has none marked until autovacuum comes round (on a
// busy machine, not within a bench run). VACUUM does now what autovacuum would do, so the bench
// measures the settled register, not the hour after a bulk load.
await db.execute(sql`vacuum (analyze)`);
const [{ total }] = await rows<{ total: number }>(sql`select count(*)::int as total from incidents where status = 'verified'`);
console.log(`bench:seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s; ${total} verified incidents in the database`);
await handle.close();

async function rows<T>(query: ReturnType<typeof sql>): Promise<[T, ...T[]]> {
  const r: unknown = await db.execute(query);
  return ((r as { rows?: T[] }).rows ?? r) as [T, ...T[]];
}

// A text[] literal (drizzle would expand a JS array into a parameter list).
function pgArray(list: string[]): string {
  return `{${list.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}
