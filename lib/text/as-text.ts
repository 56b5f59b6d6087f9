// A value of unknown shape as text, for display, CSV cells and form fields: strings as they are,
// numbers and booleans written out, a date as ISO 8601, anything else as JSON — never
// "[object Object]" or "[object File]". null and undefined are "".
export function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? "";
}

// A form field's text; a file sent where text was expected is "".
export function formText(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}
