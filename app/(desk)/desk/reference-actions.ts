"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// Server actions of the reference pickers' "add" panels (components/place-picker.tsx,
// reference-picker.tsx): each calls its verb and answers the new entry, or the refusal as text
// in the user's language (the panels have no dictionary of errors).
import type { AddResult } from "@/components/reference-picker";
import { errorText } from "@/lib/i18n";
import type { RefOption } from "@/lib/places/search";
import { addActor } from "@/server/actors/references";
import { AppError } from "@/server/errors";
import { proposePlace } from "@/server/gazetteer/search";
import { call } from "@/server/request";
import { addSource } from "@/server/sources/references";
import { getMessages } from "../../_lib/i18n";

async function refusal(e: unknown): Promise<AddResult<RefOption>> {
  if (!(e instanceof AppError)) throw e;
  const { m } = await getMessages();
  const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([k, key]) => [k, errorText(m, key)]));
  return { error: errorText(m, e.messageKey), fieldErrors };
}

function text(values: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (values && typeof values === "object") for (const [k, v] of Object.entries(values)) if (typeof v === "string") out[k] = v;
  return out;
}

export async function proposePlaceAction(values: Record<string, string>): Promise<AddResult<RefOption>> {
  const v = text(values);
  try {
    const { id } = await call(proposePlace, v as never);
    return { option: { id, nameAr: v.nameAr!.trim(), nameEn: v.nameEn!.trim(), kind: v.kind, governorate: v.governorate || null, status: "proposed" } };
  } catch (e) {
    return refusal(e);
  }
}

export async function addSourceAction(values: Record<string, string>): Promise<AddResult<RefOption>> {
  const v = text(values);
  try {
    const { id } = await call(addSource, v as never);
    return { option: { id: String(id), nameAr: v.nameAr!.trim(), nameEn: (v.nameEn || v.nameAr)!.trim(), kind: v.kind, status: "proposed" } };
  } catch (e) {
    return refusal(e);
  }
}

export async function addActorAction(values: Record<string, string>): Promise<AddResult<RefOption>> {
  const v = text(values);
  try {
    const { id } = await call(addActor, v as never);
    return { option: { id: String(id), nameAr: v.nameAr!.trim(), nameEn: v.nameEn!.trim() } };
  } catch (e) {
    return refusal(e);
  }
}
