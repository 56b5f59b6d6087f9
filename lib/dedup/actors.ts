// Actors that stand for one another in duplicate detection: an umbrella and its members
// («the Islamic Resistance in Iraq» and «Iran-backed militias»; «US forces» and «the US-led
// coalition») are told apart by one outlet and not by another, so two reports naming them may
// still tell one incident. Families are read from an actor's names (Arabic, English, aliases),
// so a new actor added by an admin joins its family without a code change.
import { foldForMatch } from "../arabic/normalize";

export type ActorNames = { nameAr: string; nameEn: string; aliases?: readonly string[] };

const FAMILIES: Array<[string, RegExp]> = [
  ["islamic_state", /داعش|الدوله الاسلاميه|\bisis\b|\bisil\b|islamic state|daesh/],
  ["us_coalition", /امريك|اميرك|الولايات المتحده|التحالف الدولي|سنتكوم|البنتاغون|\bus\b|\bu s\b|united states|american|coalition|centcom|pentagon/],
  [
    "iran_axis",
    /ايران|طهران|المقاومه الاسلاميه|كتايب حزب الله|حزب الله|النجباء|الحرس الثوري|الحشد|iran|islamic resistance|hezbollah|hizballah|kata ?ib|nujaba|irgc|popular mobili[sz]ation/,
  ],
  ["syrian_government", /النظام السوري|قوات النظام|الجيش السوري|الحكومه السوريه|الجيش العربي السوري|syrian (?:regime|government|army|arab army)|assad/],
  ["sdf", /سوريا الديمقراطيه|قسد|\bsdf\b|syrian democratic|\bypg\b|وحدات حمايه الشعب/],
  ["turkey", /تركي|الجيش الوطني السوري|turkish|turkey|syrian national army/],
  ["russia", /روسي|russia/],
];

/** The family an actor belongs to by its names, or null. */
export function actorFamily(a: ActorNames): string | null {
  const text = foldForMatch([a.nameAr, a.nameEn, ...(a.aliases ?? [])].join(" | "));
  for (const [family, re] of FAMILIES) if (re.test(text)) return family;
  return null;
}
