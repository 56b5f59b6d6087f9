"use client";
// A save over a newer version: both versions side by side, field by field, and the choice.
import type { Locale } from "@/lib/i18n";
import { PICKER_LABELS } from "@/lib/i18n/pickers";
import type { M } from "./form-api";
import { NO_PLACE, type FormState, type Option, type ValueKey } from "./model";

export function ConflictView(props: {
  m: M;
  locale: Locale;
  mine: FormState;
  theirs: FormState;
  places: Option[];
  actors: Option[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { m } = props;
  const w = m.workbench;
  const keys: Array<[ValueKey, string]> = [
    ["date", m.fields.date],
    ["datePrecision", m.fields.datePrecision],
    ["type", m.fields.type],
    ["placeId", m.fields.place],
    ["actorId", m.fields.actor],
    ["claimStatus", w.claimStatus],
    ["targetActorId", m.fields.targetActor],
    ["target", m.fields.target],
    ["weapon", m.fields.weapon],
    ["weaponCode", m.codebook.weaponCode],
    ["munitions", m.fields.munitions],
    ["killed", m.fields.killed],
    ["killedHigh", w.killedHigh],
    ["injured", m.fields.injured],
    ["injuredHigh", w.injuredHigh],
    ["damage", w.damage],
    ["response", w.response],
    ["summary", m.fields.summary],
    ["summaryEn", w.summaryEn],
    ["evidenceQuote", m.fields.evidenceQuote],
  ];
  const show = (f: FormState, k: ValueKey) => {
    const x = f.values[k] ?? "";
    // No place, chosen explicitly or never filled, reads the same on both sides.
    if (k === "placeId" && (x === NO_PLACE || x === "")) return PICKER_LABELS[props.locale].pick_noPlace;
    if (k === "placeId") return props.places.find((o) => String(o.id) === x)?.[props.locale === "ar" ? "nameAr" : "nameEn"] ?? x;
    if (k === "actorId" || k === "targetActorId") return props.actors.find((o) => String(o.id) === x)?.[props.locale === "ar" ? "nameAr" : "nameEn"] ?? x;
    return x;
  };
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict" className="rounded border-2 border-amber-500 bg-amber-50 p-3">
      <h2 id="conflict-title" className="font-semibold">
        {w.conflictTitle}
      </h2>
      <p className="text-sm">{w.conflictHelp}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className="text-start">{w.conflictField}</th>
              <th className="text-start">{w.conflictYours}</th>
              <th className="text-start">
                {w.conflictTheirs} (v{props.theirs.version})
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map(([k, label]) => {
              const a = show(props.mine, k);
              const b = show(props.theirs, k);
              if (!a && !b) return null;
              return (
                <tr key={k} data-differs={a !== b ? "" : undefined} className={a !== b ? "bg-amber-100" : ""}>
                  <th className="pe-2 text-start align-top font-normal text-stone-600">{label}</th>
                  <td className="pe-2 align-top break-words" dir="auto" data-side="mine">
                    {a}
                  </td>
                  <td className="align-top break-words" dir="auto" data-side="theirs">
                    {b}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="rounded bg-amber-700 px-3 py-1 text-white" onClick={props.onKeepMine}>
          {w.keepMine}
        </button>
        <button type="button" className="rounded border border-amber-700 px-3 py-1" onClick={props.onTakeTheirs}>
          {w.takeTheirs}
        </button>
      </div>
    </section>
  );
}
