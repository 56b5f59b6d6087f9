// A small map drawn on the server: the shipped country outlines around the place (`outline`,
// server/public/inset.ts) and a dot (a dashed ring for approximate coordinates). No script, no
// tiles: it shows offline too.
export function LocationInset({ outline, exact, label }: { outline: string; exact: boolean; label: string }) {
  return (
    <figure className="m-0">
      <svg viewBox="0 0 200 200" className="h-auto w-full rounded border border-stone-200 bg-sky-50" role="img" aria-label={label}>
        <path d={outline} fill="#f5f5f4" stroke="#78716c" strokeWidth="0.6" fillRule="evenodd" />
        {exact ? (
          <circle cx="100" cy="100" r="5" fill="#0f766e" stroke="white" strokeWidth="1.5" />
        ) : (
          <circle cx="100" cy="100" r="14" fill="#0f766e33" stroke="#0f766e" strokeWidth="1.5" strokeDasharray="3 3" />
        )}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-600">{label}</figcaption>
    </figure>
  );
}
