"use client";
// The assist's proposals (lib/extract): each proposed report with its values, usable whole
// («use this report») or value by value.
import type { Locale } from "@/lib/i18n";
import type { ArticleSuggestions, ProposedReport } from "@/lib/extract/types";
import type { ProposalPart } from "./apply";
import type { M } from "./form-api";
import type { Option } from "./model";

export function AssistPanel(props: {
  m: M;
  locale: Locale;
  suggestions: ArticleSuggestions;
  places: Option[];
  actors: Option[];
  onUse: (p: ProposedReport) => void;
  onValue: (p: ProposedReport, part: ProposalPart) => void;
}) {
  const { m, locale } = props;
  const w = m.workbench;
  const name = (o: Option | undefined) => (o ? (locale === "ar" ? o.nameAr : o.nameEn) : "");
  return (
    <section className="rounded border border-sky-200 bg-sky-50/60 p-3" aria-labelledby="assist-title" data-testid="assist">
      <h2 id="assist-title" className="text-lg font-semibold">
        {w.assistTitle}
      </h2>
      <p className="text-xs text-stone-600">{w.assistHelp}</p>
      {props.suggestions.reports.length === 0 ? (
        <p className="mt-2 text-sm">{w.noSuggestions}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {props.suggestions.reports.map((p, i) => {
            const place = p.places.find((x) => props.places.some((o) => String(o.id) === String(x.value.id)));
            const actor = p.actors.find((x) => props.actors.some((o) => String(o.id) === String(x.value.id)));
            const rows: Array<[ProposalPart, string, string]> = [];
            if (p.date) rows.push(["date", m.fields.date, `${p.date.value.date} (${m.precisions[p.date.value.precision]}) «${p.date.evidence.exact}»`]);
            if (p.type) rows.push(["type", m.fields.type, m.types[p.type.value]]);
            if (place) rows.push(["place", m.fields.place, name(props.places.find((o) => String(o.id) === String(place.value.id))) || place.value.name]);
            if (p.weapons[0]) rows.push(["weapon", m.fields.weapon, p.weapons[0].evidence.exact]);
            if (p.counts[0]) rows.push(["count", m.fields.munitions, `${p.counts[0].value.count} «${p.counts[0].evidence.exact}»`]);
            if (p.casualties.length) rows.push(["casualties", `${m.fields.killed} / ${m.fields.injured}`, p.casualties.map((c) => (c.value.kind === "none" ? w.casualty_none : `${c.value.count ?? "?"} ${w[`casualty_${c.value.kind}`]}`)).join("، ")]);
            if (actor) rows.push(["actor", m.fields.actor, name(props.actors.find((o) => String(o.id) === String(actor.value.id))) || actor.value.name]);
            if (p.sources.length) rows.push(["sources", w.source, p.sources.map((s) => s.value.name).join("، ")]);
            return (
              <li key={i} className="rounded border border-sky-200 bg-white p-2 text-sm" data-testid="proposal">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">
                    {w.proposed} {i + 1}
                  </h3>
                  <button type="button" className="rounded bg-sky-800 px-3 py-1 text-white hover:bg-sky-900" onClick={() => props.onUse(p)}>
                    {w.useSuggestion} {i + 1}
                  </button>
                </div>
                <p dir="auto" className="mt-1 line-clamp-3 text-xs text-stone-600">
                  {p.evidence.exact}
                </p>
                <dl className="mt-1 space-y-1">
                  {rows.map(([part, label, value]) => (
                    <div key={part} className="flex items-start gap-2">
                      <dt className="shrink-0 text-xs text-stone-500">{label}</dt>
                      <dd className="min-w-0 flex-1 break-words" dir="auto">
                        {value}
                      </dd>
                      <button type="button" className="shrink-0 text-xs underline" aria-label={`${w.useValue}: ${label} (${w.proposed} ${i + 1})`} onClick={() => props.onValue(p, part)}>
                        {w.useValue}
                      </button>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
