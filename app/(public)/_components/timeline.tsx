import { INCIDENT_TYPES, type IncidentType } from "@/lib/domain";
import { fill, formatDay, formatIncidentDate, plural, weekRange } from "@/lib/public/format";
import type { Locale, Messages } from "@/lib/i18n";
import { hrefOf, type Filters } from "./links";

export const TYPE_COLOURS: Record<IncidentType, string> = {
  rocket_attack: "#b91c1c",
  drone_attack: "#7c3aed",
  armed_attack: "#c2410c",
  shelling: "#a16207",
  airstrike: "#1d4ed8",
  clashes: "#be185d",
  explosion: "#0f766e",
  ied: "#4d7c0f",
  convoy: "#475569",
  security_operation: "#0e7490",
  other: "#78716c",
};

const MAX_WEEKS = 260;
// Past a year of weeks, the links go by month (the bars stay weekly): each link is three
// elements, and ~160 week links were a tenth of a log page's rendering, too narrow to aim at.
const LINK_WEEKS = 53;
const DAY = 86_400_000;

type TimelineRow = { week: string; type: IncidentType; n: number };
type TimelineModel = {
  width: number;
  used: IncidentType[];
  paths: Map<IncidentType, string>;
  // The weeks of a link: one, or those whose Monday falls in one month (`month` then set).
  links: Array<{ week: string; month?: string; x: number; width: number; href: string; title: string }>;
};

const H = 80;
const BAR_W = 6;

// What the timeline draws, worked out once for a set of rows, filters and language: the rows come
// from the public cache (server/public/cache.ts), one array for every page of the same filters
// until it changes, so the log's next pages and every reader of `/` reuse the bars and the week
// links (~1.6 ms for three years of weeks) instead of working them out again.
const models = new WeakMap<TimelineRow[], Map<string, TimelineModel>>();

function timelineModel(rows: TimelineRow[], filters: Filters, locale: Locale, m: Messages, lang: Locale | null): TimelineModel {
  const key = `${locale}|${lang ?? ""}|${JSON.stringify(filters)}`;
  const known = models.get(rows)?.get(key);
  if (known) return known;
  const byWeek = new Map<string, Map<IncidentType, number>>();
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? new Map<IncidentType, number>();
    w.set(r.type, (w.get(r.type) ?? 0) + r.n);
    byWeek.set(r.week, w);
  }
  const sorted = [...byWeek.keys()].sort();
  let start = Date.parse(`${sorted[0]}T00:00:00Z`);
  const end = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  start = Math.max(start, end - (MAX_WEEKS - 1) * 7 * DAY);
  const weeks: string[] = [];
  for (let t = start; t <= end; t += 7 * DAY) weeks.push(new Date(t).toISOString().slice(0, 10));
  const totals = weeks.map((w) => [...(byWeek.get(w)?.values() ?? [])].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const present = new Set(rows.map((r) => r.type));
  const used = INCIDENT_TYPES.filter((t) => present.has(t));
  // One path per type (stacked bars in whole units), and one transparent link per week: the
  // page stays small with three years of weeks.
  const paths = new Map<IncidentType, string>();
  const base = weeks.map(() => H);
  for (const t of used) {
    let d = "";
    weeks.forEach((w, x) => {
      const n = byWeek.get(w)?.get(t);
      if (!n) return;
      const h = Math.max(1, Math.round((n / max) * (H - 2)));
      base[x]! -= h;
      d += `M${x * BAR_W} ${base[x]}h${BAR_W - 1}v${h}h-${BAR_W - 1}z`;
    });
    paths.set(t, d);
  }
  const forms = {
    zero: m.publicLog.countZero,
    one: m.publicLog.countOne,
    two: m.publicLog.countTwo,
    few: m.publicLog.countFew,
    many: m.publicLog.countMany,
    other: m.publicLog.countOther,
  };
  const links: TimelineModel["links"] = [];
  const byMonth = weeks.length > LINK_WEEKS;
  let x = 0;
  while (x < weeks.length) {
    // The weeks this link covers: [x, next).
    let next = x + 1;
    if (byMonth) while (next < weeks.length && weeks[next]!.slice(0, 7) === weeks[x]!.slice(0, 7)) next++;
    const n = totals.slice(x, next).reduce((a, b) => a + b, 0);
    if (n) {
      const from = weeks[x]!;
      const to = weekRange(weeks[next - 1]!).to;
      const label = byMonth ? formatIncidentDate(locale, from, "month") : formatDay(locale, from);
      links.push({
        week: from,
        month: byMonth ? from.slice(0, 7) : undefined,
        x: x * BAR_W,
        width: (next - x) * BAR_W,
        href: hrefOf("/", { ...filters, from, to }, lang),
        title: `${fill(byMonth ? m.publicLog.weeksOfMonth : m.publicLog.weekOf, { date: label })}: ${plural(locale, n, forms)}`,
      });
    }
    x = next;
  }
  const model = { width: weeks.length * BAR_W, used, paths, links };
  if (!models.has(rows)) models.set(rows, new Map());
  models.get(rows)!.set(key, model);
  return model;
}

// Incidents per week, stacked by type, drawn on the server (no script): each week, or past a
// year each month's weeks, is a link that filters the log to those weeks.
export function Timeline({ rows, filters, locale, m, lang }: { rows: TimelineRow[]; filters: Filters; locale: Locale; m: Messages; lang: Locale | null }) {
  if (rows.length === 0) return null;
  const { width, used, paths, links } = timelineModel(rows, filters, locale, m, lang);
  return (
    <section aria-labelledby="timeline-title" className="mt-6">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {m.publicLog.timeline}
      </h2>
      <p className="text-xs text-stone-600">{links[0]?.month ? m.publicLog.timelineHintMonths : m.publicLog.timelineHint}</p>
      <div className="mt-2 overflow-x-auto rounded border border-stone-200 bg-white p-2" dir="ltr">
        <svg viewBox={`0 0 ${width} ${H}`} width="100%" height={H} preserveAspectRatio="none" data-testid="timeline" aria-label={m.publicLog.timeline}>
          {used.map((t) => (
            <path key={t} d={paths.get(t)} fill={TYPE_COLOURS[t]} aria-hidden="true" />
          ))}
          {links.map((l) => (
            <a key={l.week} href={l.href} data-week={l.month ? undefined : l.week} data-month={l.month} data-from={l.week} rel="nofollow">
              <title>{l.title}</title>
              <rect x={l.x} y={0} width={l.width} height={H} fill="transparent" />
            </a>
          ))}
        </svg>
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700">
        {used.map((t) => (
          <li key={t} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: TYPE_COLOURS[t] }} />
            {m.types[t]}
          </li>
        ))}
      </ul>
    </section>
  );
}
