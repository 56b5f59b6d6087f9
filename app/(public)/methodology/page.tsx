import type { Metadata } from "next";
import { getMessages } from "../../_lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.publicLog.methodology };
}

type Section = { title: string; body: string[] };

// How the register counts, grades and codes incidents, in both languages.
const TEXT: Record<"ar" | "en", Section[]> = {
  en: [
    { title: "What counts as one incident", body: ["One incident is one real-world event: one attack, strike or clash at one place on one day. Every article that reports it is linked to the same incident, so the log never counts an event twice because several outlets reported it.", "Editors write one report per article, each value backed by a sentence quoted from the article. Reports of the same place within three days are checked against each other before a new incident is opened."] },
    { title: "Verification", body: ["Nothing is public until a reviewer other than the report's author approves it (four eyes). A correction updates the incident and says what changed; a retraction removes it from the log, exports and feed, while its address stays with the retraction notice."] },
    { title: "Credibility grade", body: ["Confirmed by a party: an involved party (the attacker, the target or an official) confirmed it.", "Several independent sources: at least two sources that do not repeat one another (a wire story reprinted by several outlets counts once).", "Single source: one source only.", "Contested: the sources disagree on whether or how it happened; where they disagree, the incident page shows who said what."] },
    { title: "Dates", body: ["The date is the day the incident happened, not the day it was published. Day: the article gives the day. Approximate (≈): it can be worked out only roughly (“earlier this week”). Month only: the article gives no closer date. Exports carry the precision (ACLED-like time_precision 1, 2, 3)."] },
    { title: "Places", body: ["Places come from a gazetteer with Arabic and English names and coordinates. Exact coordinates mark the place itself; approximate ones a representative point (a town centre, a base's area). The map draws approximate places with a dashed ring; exports carry geo_precision 1 (exact), 2 (approximate), 3 (no point)."] },
    { title: "Casualties", body: ["Figures are those the sources give. Where a range is reported (“between 3 and 5”), the log shows the range; the lower figure is the one summed. Where sources differ, the value most reports give is shown and the others are listed with their outlets."] },
  ],
  ar: [
    { title: "ما الذي يُعدّ حادثة واحدة", body: ["الحادثة الواحدة حدث واحد في الواقع: هجوم أو ضربة أو اشتباك في مكان واحد ويوم واحد. كل مقال ينقلها يُربط بالحادثة نفسها، فلا يُحسب الحدث مرتين لأن عدة وسائل نقلته.", "يكتب المحررون تقريراً لكل مقال، وكل قيمة فيه مدعومة بجملة مقتبسة من المقال. وتُقارن التقارير عن المكان نفسه خلال ثلاثة أيام قبل فتح حادثة جديدة."] },
    { title: "التوثيق", body: ["لا يُنشر شيء حتى يوافق عليه مراجع غير كاتب التقرير (مبدأ العينين الأربع). التصحيح يحدّث الحادثة ويذكر ما تغيّر؛ والسحب يزيلها من السجل والتنزيلات والموجز، ويبقى عنوانها مع إشعار السحب."] },
    { title: "درجة المصداقية", body: ["أكّدها طرف معني: أكّدها طرف مشارك (المهاجم أو المستهدف أو جهة رسمية).", "عدة مصادر مستقلة: مصدران على الأقل لا ينقل أحدهما عن الآخر (خبر وكالة أعادت نشره عدة وسائل يُحسب مرة واحدة).", "مصدر واحد: مصدر وحيد.", "متنازع عليها: تختلف المصادر في وقوعها أو كيفيته؛ وحيث تختلف تعرض صفحة الحادثة ما قاله كل مصدر."] },
    { title: "التواريخ", body: ["التاريخ هو يوم وقوع الحادثة لا يوم النشر. يوم محدد: يذكر المقال اليوم. تقريبي (≈): لا يمكن تحديده إلا تقريباً («في وقت سابق من هذا الأسبوع»). الشهر فقط: لا يذكر المقال تاريخاً أدق. وتحمل ملفات التنزيل دقة التاريخ (time_precision ‏1 و2 و3 على غرار ACLED)."] },
    { title: "الأماكن", body: ["تأتي الأماكن من معجم جغرافي بأسماء عربية وإنجليزية وإحداثيات. الإحداثيات الدقيقة تدل على المكان نفسه، والتقريبية على نقطة ممثلة (مركز بلدة، منطقة قاعدة). وترسم الخريطة الأماكن التقريبية بحلقة متقطعة، وتحمل ملفات التنزيل geo_precision ‏1 (دقيق) و2 (تقريبي) و3 (بلا نقطة)."] },
    { title: "الضحايا", body: ["الأرقام هي ما تذكره المصادر. وحيث يُذكر نطاق («بين 3 و5») يعرض السجل النطاق، والرقم الأدنى هو الذي يُجمع. وحيث تختلف المصادر تُعرض القيمة التي تذكرها أغلب التقارير، وتُذكر القيم الأخرى مع مصادرها."] },
  ],
};

export default async function MethodologyPage() {
  const { locale, m } = await getMessages();
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">{m.publicLog.methodology}</h1>
      {TEXT[locale].map((s) => (
        <section key={s.title} className="mt-5">
          <h2 className="text-lg font-semibold">{s.title}</h2>
          {s.body.map((p, n) => (
            <p key={n} className="mt-2 leading-relaxed">
              {p}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
