import { formatDay, formatNumber } from "@/lib/public/format";
import { asText } from "@/lib/text/as-text";
import { detectLanguage, directionOf } from "@/lib/text/direction";
import { displayUrl } from "@/lib/text/url";
import type { PublicIncidentDocument } from "@/server/public/dto";
import { pick } from "../../_lib/format";
import type { Messages } from "@/lib/i18n";
import { fieldLabel } from "./labels";

type Locale = "ar" | "en";

function show(value: unknown, m: Messages, locale: Locale, named?: { nameAr?: string; nameEn?: string }): string {
  if (value === null || value === undefined || value === "") return "—";
  // A place or an actor (placeId, actorId, targetActorId): its name, not its id.
  if (named?.nameAr || named?.nameEn) return pick(locale, named.nameAr, named.nameEn);
  if (typeof value === "number") return formatNumber(locale, value);
  if (typeof value === "string" && value in m.types) return m.types[value as keyof typeof m.types];
  return asText(value);
}

// Where the reports disagree: each value and the outlets that gave it.
export function WhoSaidWhat({ m, locale, disagreements }: { m: Messages; locale: Locale; disagreements: PublicIncidentDocument["disagreements"] }) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="disagree-title" className="mt-6">
      <h2 id="disagree-title" className="text-xl font-semibold">
        {m.publicLog.whoSaidWhat}
      </h2>
      <ul className="mt-2 space-y-2">
        {disagreements.map((d) => (
          <li key={d.field} className="rounded border border-stone-200 bg-white p-3">
            <span className="font-medium">{fieldLabel(m, d.field)}</span>
            <ul className="mt-1 list-disc ps-6">
              {d.options.map((o, n) => (
                <li key={n}>
                  <bdi>{show(o.value, m, locale, o)}</bdi> — {m.publicLog.saidBy} {o.outlets.length ? o.outlets.join("، ") : "—"}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Every article that reports the incident: outlet, date, title, link, the report's quote and who
// the article says said it.
export function IncidentSources({ m, locale, sources }: { m: Messages; locale: Locale; sources: PublicIncidentDocument["sources"] }) {
  return (
    <>
      <h2 className="mt-6 text-xl font-semibold">{m.public.sources}</h2>
      {sources.length === 0 && <p className="mt-2 text-stone-600">{m.publicLog.noSources}</p>}
      <ul className="mt-2 space-y-3">
        {sources.map((s, n) => {
          const url = s.url ? displayUrl(s.url) : null;
          const quoteLang = s.quote ? detectLanguage(s.quote) : null;
          return (
            <li key={n} className="min-w-0 rounded border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap gap-x-2 text-sm text-stone-600">
                <span className="font-medium text-stone-800" dir="auto">
                  {s.outlet ?? "—"}
                </span>
                {s.publishedAt && <time dateTime={s.publishedAt}>· {formatDay(locale, s.publishedAt)}</time>}
              </div>
              {s.title && (
                <p className="mt-1" dir="auto">
                  {s.title}
                </p>
              )}
              {s.url && url && (
                <a
                  href={s.url}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  title={url.full}
                  className="mt-1 inline-block max-w-full truncate align-bottom text-sm"
                  dir="ltr"
                >
                  {url.short}
                </a>
              )}
              {s.quote && (
                <blockquote className="mt-2 border-s-4 border-teal-700 ps-3" dir={directionOf(quoteLang!)} lang={quoteLang!}>
                  {s.quote}
                </blockquote>
              )}
              {s.cited.length > 0 && (
                // Who the article says said it: its cited sources, original claimants apart from relays.
                <ul className="mt-2 space-y-1 text-sm text-stone-700" data-testid="cited-sources">
                  {s.cited.map((c, k) => (
                    <li key={k} className="break-words">
                      <span className="font-medium" dir="auto">
                        {locale === "en" ? c.nameEn || c.name : c.name}
                      </span>{" "}
                      · {m.publicLog[`kind_${c.kind}` as keyof typeof m.publicLog] ?? c.kind}
                      {c.role === "relay" ? ` · ${m.publicLog.relay}` : ""}
                      {c.quote && (
                        <q className="ms-1 text-stone-500" dir="auto">
                          {c.quote}
                        </q>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
