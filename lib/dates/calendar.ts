// Plain calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so a server's time zone never
// moves a day.
export type IsoDate = string;

export function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function parseIso(value: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseIso(date)!;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

// 0 = Sunday … 6 = Saturday, as the lexicon numbers weekdays.
export function weekday(date: IsoDate): number {
  const p = parseIso(date)!;
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIso(a)!;
  const pb = parseIso(b)!;
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

// The latest day on or before `anchor` that falls on `day` (a weekday named in a report is
// the most recent one; the anchor itself when the article names its own weekday).
export function lastWeekday(anchor: IsoDate, day: number): IsoDate {
  const back = (weekday(anchor) - day + 7) % 7;
  return addDays(anchor, -back);
}

// The year, nearest to `near`, in which day/month fell on `day` (a weekday the text states).
// Never after `near` (plus a day for time zones): a text is pasted after it was written.
export function yearForWeekday(month: number, dayOfMonth: number, day: number, near: IsoDate): number | null {
  const year = parseIso(near)?.y;
  if (!year) return null;
  let best: number | null = null;
  for (let dy = 0; dy <= 14; dy++) {
    for (const y of dy === 0 ? [year] : [year - dy, year + dy]) {
      if (!isValidDay(y, month, dayOfMonth) || weekday(iso(y, month, dayOfMonth)) !== day) continue;
      if (daysBetween(near, iso(y, month, dayOfMonth)) > 1) continue;
      const dist = Math.abs(daysBetween(near, iso(y, month, dayOfMonth)));
      if (best === null || dist < Math.abs(daysBetween(near, iso(best, month, dayOfMonth)))) best = y;
    }
  }
  return best;
}

// The year nearest `near` for a day and month written without one, preferring the past: a
// report rarely dates an event more than a month ahead of the day it is read.
export function nearestYear(month: number, dayOfMonth: number, near: IsoDate): number {
  const p = parseIso(near)!;
  for (const y of [p.y, p.y - 1, p.y + 1]) {
    if (!isValidDay(y, month, dayOfMonth)) continue;
    const diff = daysBetween(near, iso(y, month, dayOfMonth));
    if (diff <= 31 && diff > -335) return y;
  }
  return p.y;
}

export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
