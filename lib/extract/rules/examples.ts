// The invented world the rules' examples are written in: a gazetteer and an actor list of
// made-up places and groups (countries are real), so no example borrows a phrase from the
// articles the assist is scored on.
import { foldWithOffsets } from "../../arabic/normalize";
import { findDateMentions } from "../../dates/mentions";
import type { Doc } from "../doc";
import { compileRefs } from "../refs";
import { analyse } from "../tagger";
import type { ActorRef, ExtractRefs, PlaceRef } from "../types";

export const EXAMPLE_PLACES: PlaceRef[] = [
  { id: "syria", nameAr: "سوريا", nameEn: "Syria", aliasesAr: ["سورية"], aliasesEn: [], kind: "country", country: "SY" },
  { id: "jordan", nameAr: "الأردن", nameEn: "Jordan", aliasesAr: [], aliasesEn: [], kind: "country", country: "JO" },
  { id: "marj", nameAr: "المرج", nameEn: "Marj", aliasesAr: ["مدينة المرج"], aliasesEn: ["al-Marj"], kind: "city", country: "SY" },
  { id: "wadi-nour", nameAr: "وادي النور", nameEn: "Wadi al-Nour", aliasesAr: [], aliasesEn: ["Wadi Nour"], kind: "town", country: "SY" },
  {
    id: "tell-hamra-base",
    nameAr: "قاعدة تل الحمراء",
    nameEn: "Tell Hamra base",
    aliasesAr: ["تل الحمراء"],
    aliasesEn: ["Tell Hamra"],
    kind: "base",
    country: "SY",
  },
  {
    id: "sahl-field",
    nameAr: "حقل السهل",
    nameEn: "Sahl field",
    aliasesAr: ["حقل السهل النفطي"],
    aliasesEn: ["Sahl oil field"],
    kind: "oil_gas_field",
    country: "SY",
  },
  { id: "qasr-crossing", nameAr: "معبر القصر", nameEn: "Qasr crossing", aliasesAr: [], aliasesEn: [], kind: "border_crossing", country: "SY" },
  { id: "rawda-post", nameAr: "قاعدة الروضة", nameEn: "Rawda outpost", aliasesAr: ["الروضة"], aliasesEn: ["Rawda"], kind: "base", country: "JO" },
  // Two provinces, each with a city (towns and cities carry no site key: their provinces tell
  // two incidents apart).
  {
    id: "kafr-salem",
    nameAr: "كفر سالم",
    nameEn: "Kafr Salem",
    aliasesAr: ["مدينة كفر سالم"],
    aliasesEn: [],
    kind: "city",
    governorate: "Sahel",
    country: "SY",
  },
  {
    id: "ain-ward",
    nameAr: "عين الورد",
    nameEn: "Ain al-Ward",
    aliasesAr: ["مدينة عين الورد"],
    aliasesEn: [],
    kind: "city",
    governorate: "Badia",
    country: "SY",
  },
  // The province of the two Sahel places: a governorate row, as the gazetteer has them.
  {
    id: "sahel-province",
    nameAr: "محافظة الساحل",
    nameEn: "Sahel province",
    aliasesAr: ["ريف الساحل"],
    aliasesEn: [],
    kind: "governorate",
    governorate: "Sahel",
    country: "SY",
  },
  { id: "wadi-sahel", nameAr: "وادي الساحل", nameEn: "Wadi Sahel", aliasesAr: [], aliasesEn: [], kind: "city", governorate: "Sahel", country: "SY" },
  // Two bases in Sahel province: «a base in Kafr Salem» may be either, read less surely.
  {
    id: "kafr-salem-air-base",
    nameAr: "مطار كفر سالم",
    nameEn: "Kafr Salem airbase",
    aliasesAr: ["قاعدة كفر سالم"],
    aliasesEn: ["Kafr Salem air base"],
    kind: "base",
    governorate: "Sahel",
    country: "SY",
  },
  {
    id: "sakhra-base",
    nameAr: "قاعدة الصخرة",
    nameEn: "Sakhra base",
    aliasesAr: [],
    aliasesEn: ["al-Sakhra base"],
    kind: "base",
    governorate: "Sahel",
    country: "SY",
  },
  {
    id: "jisr-crossing",
    nameAr: "معبر الجسر",
    nameEn: "Jisr crossing",
    aliasesAr: [],
    aliasesEn: [],
    kind: "border_crossing",
    governorate: "Sahel",
    country: "SY",
  },
];

export const EXAMPLE_ACTORS: ActorRef[] = [
  { id: 1, nameAr: "جماعة النسر", nameEn: "Eagle Brigade", aliases: ["النسر", "Eagle Brigades"] },
  { id: 2, nameAr: "قوات الحرس الوطني", nameEn: "National Guard forces", aliases: ["الحرس الوطني", "the Guard"] },
  { id: 3, nameAr: "القوات الأميركية", nameEn: "US forces", aliases: ["الجيش الأميركي", "US military", "US troops"] },
  // A group the list knows by a description only.
  { id: 4, nameAr: "فصائل الجبل", nameEn: "mountain factions", aliases: ["فصائل جبلية", "mountain militias"] },
];

export const EXAMPLE_REFS: ExtractRefs = { places: EXAMPLE_PLACES, actors: EXAMPLE_ACTORS };

export function exampleDoc(text: string): Doc {
  const folded = foldWithOffsets(text);
  return analyse(text, folded, compileRefs(EXAMPLE_REFS), findDateMentions(folded.text));
}
