// Arrows that point the way the page reads: "back" points to where reading came from, which is
// the right in Arabic. The glyph is flipped by CSS under dir="rtl", so one markup serves both.
const FLIP = "inline-block rtl:-scale-x-100";

export function BackArrow() {
  return (
    <span aria-hidden="true" className={FLIP}>
      ←
    </span>
  );
}

export function ForwardArrow() {
  return (
    <span aria-hidden="true" className={FLIP}>
      →
    </span>
  );
}
