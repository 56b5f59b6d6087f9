import { Num } from "./num";

// Label/value pairs of a report or an incident, in two columns on wide screens. Numbers are
// isolated left-to-right so a signed one keeps its sign in front in Arabic.
export function FactList({ facts }: { facts: Array<readonly [string, React.ReactNode]> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex gap-2">
          <dt className="min-w-32 text-stone-500">{label}</dt>
          <dd>{typeof value === "number" ? <Num value={value} /> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
