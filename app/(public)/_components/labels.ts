import type { Messages } from "@/lib/i18n";

// Words of the other features' values (grades, claim statuses), with the raw value as a fallback
// for one added later.
export function gradeLabel(m: Messages, grade: string): string {
  const key = `grade${grade.charAt(0).toUpperCase()}${grade.slice(1)}` as keyof Messages["publicLog"];
  return m.publicLog[key] ?? grade;
}

export function claimLabel(m: Messages, claim: string): string {
  const key = `claim${claim.charAt(0).toUpperCase()}${claim.slice(1)}` as keyof Messages["publicLog"];
  return m.publicLog[key] ?? claim;
}

export function fieldLabel(m: Messages, field: string): string {
  const key = `field${field.charAt(0).toUpperCase()}${field.slice(1)}` as keyof Messages["publicLog"];
  return m.publicLog[key] ?? field;
}
