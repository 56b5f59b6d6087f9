// Who did it, by source (issue 19 item 15): each cited source with the actor it names, and where
// they name different actors the sentence «Sources disagree on who did it: X says A, Y says B».
// Shared by the desk and the public incident pages; plain props, no data access.
import { attributions, sourcesDisagree, type AttributedSource } from "@/lib/incidents/attribution";

type Labels = { attributionTitle: string; sourcesDisagree: string; says: string };

export function Attributions({
  cited,
  labels,
  locale,
  always = false,
}: {
  cited: readonly AttributedSource[];
  labels: Labels;
  locale: "ar" | "en";
  always?: boolean;
}) {
  const list = attributions(cited);
  const differ = sourcesDisagree(list);
  // Readers are told only where the sources disagree; the desk sees every attribution.
  if (!list.length || (!differ && !always)) return null;
  const said = list.map((a) => {
    const source = locale === "en" ? (a.source.nameEn ?? a.source.name) : a.source.name;
    const actor = locale === "en" ? a.actor.nameEn : a.actor.nameAr;
    return labels.says.replace("{source}", source).replace("{actor}", actor);
  });
  return (
    <section className="rounded border border-amber-200 bg-amber-50 p-3" data-testid="attributions" aria-label={labels.attributionTitle}>
      {differ ? (
        <p dir="auto">
          <strong>{labels.sourcesDisagree}</strong> {said.join(locale === "ar" ? "، " : ", ")}
        </p>
      ) : (
        <>
          <h3 className="text-sm font-semibold">{labels.attributionTitle}</h3>
          <ul className="list-disc ps-5 text-sm">
            {said.map((s) => (
              <li key={s} dir="auto">
                {s}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
