// Numbers inside right-to-left text. The bidi algorithm moves a leading minus (or plus) sign
// after the digits in an Arabic paragraph, so −3 reads "3-". Isolating the number as
// left-to-right (LRI … PDI here, <bdi dir="ltr"> in markup) keeps sign and digits together.
// Digits stay Latin, the newsroom convention app/_lib/format.ts also follows for dates.

const LRI = "\u2066";
const PDI = "\u2069";
const MINUS = "\u2212";

// "−3", "+2" (with `plus`), "0", "1,204": U+2212 for the minus, Latin digits, no isolation.
export function formatNumber(n: number, options: { plus?: boolean } = {}): string {
  const digits = Math.abs(n).toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (n < 0 && digits !== "0") return `${MINUS}${digits}`;
  return options.plus && n > 0 ? `+${digits}` : digits;
}

// The same, isolated left-to-right, for plain-text places (attributes, option labels, joined
// strings) where no <bdi> can be used.
export function isolatedNumber(n: number, options: { plus?: boolean } = {}): string {
  return `${LRI}${formatNumber(n, options)}${PDI}`;
}
