import { formatNumber } from "@/lib/text/numbers";

// A number in running text of either direction: isolated left-to-right so a sign stays before
// the digits in Arabic (−3, not "3-"), with the Unicode minus and Latin digits.
export function Num({ value, plus }: { value: number; plus?: boolean }) {
  return <bdi dir="ltr">{formatNumber(value, { plus })}</bdi>;
}
