import "server-only";
import { cache } from "react";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { load } from "@/server/request";
import { pick } from "../../../../../_lib/format";

export type Choice = readonly [string | number, string];

// The place and actor pick lists of the incident page's forms (the correction, the pin), loaded
// once per request and shared by reference: React's payload sends an object it has already sent
// as a reference to it, so each list travels to the browser once however many selects use it
// (the page's HTML stays small at a large gazetteer).
export const deskChoiceLists = cache(async (locale: "ar" | "en"): Promise<{ places: Choice[]; actors: Choice[] }> => {
  const [places, actors] = await Promise.all([load(listPlaceOptions, {}), load(listActorOptions, {})]);
  return {
    places: places.map((p) => [p.id, pick(locale, p.nameAr, p.nameEn)] as const),
    actors: actors.map((a) => [a.id, pick(locale, a.nameAr, a.nameEn)] as const),
  };
});
