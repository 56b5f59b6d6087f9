import { notFound } from "next/navigation";

// A route's numeric [id], or the not-found page for anything that is not a positive whole number.
export async function idParam(params: Promise<{ id: string }>): Promise<number> {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}
