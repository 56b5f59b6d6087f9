// Plausibility of the dates an editor enters, as pure checks the forms' schemas and the server
// share. An article cannot report an event that happened after it was published, and nothing
// is dated in the future. Dates are ISO days ("2024-01-15"; a month "2024-01" counts from its
// first day). One day of grace absorbs time zones: the server's "today" is UTC, while an editor
// in Damascus (UTC+3) is already on the next day at 01:00, and an outlet's date is local.

export type EventDateCheck = "ok" | "after_article" | "in_future";
export type PublishedDateCheck = "ok" | "in_future";

const GRACE_DAYS = 1;
const DAY_MS = 86_400_000;

// Days since the epoch of an ISO day or month, or null when it is not one.
function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

// Today as an ISO day in UTC (what the server means by "today").
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const asIso = (d: string | Date) => (typeof d === "string" ? d : todayUtc(d));

// Whether an event date can be right: not after the article's date (when known), not after
// today, each with a day of grace. Malformed dates pass: their format is the schema's to refuse.
export function checkEventDate(eventDate: string, context: { articleDate?: string | null; today: string | Date }): EventDateCheck {
  const event = dayNumber(eventDate);
  if (event === null) return "ok";
  const today = dayNumber(asIso(context.today));
  if (today !== null && event > today + GRACE_DAYS) return "in_future";
  const article = context.articleDate ? dayNumber(context.articleDate) : null;
  if (article !== null && event > article + GRACE_DAYS) return "after_article";
  return "ok";
}

// Whether an article's published date can be right: not after today, with a day of grace.
export function checkPublishedDate(date: string, today: string | Date): PublishedDateCheck {
  const day = dayNumber(date);
  const now = dayNumber(asIso(today));
  return day !== null && now !== null && day > now + GRACE_DAYS ? "in_future" : "ok";
}
