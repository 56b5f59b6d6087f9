// The options of a select: an optional empty choice, then [value, label] pairs.
export function Options({ choices, none }: { choices: Array<readonly [string | number, string]>; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {choices.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
