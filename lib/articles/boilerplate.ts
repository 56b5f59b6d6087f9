// What news sites print around a story, as whole lines, in Arabic and English: the chrome a
// paste from a browser brings along. Each rule names why a line goes, so the editor can see
// what was dropped and put a line back. A rule matches the whole trimmed line, never a phrase
// inside a sentence; bylines, datelines with an outlet, captions and credits are kept.
export type BoilerplateReason =
  | "related_links"
  | "comments"
  | "navigation"
  | "font_size"
  | "share_print"
  | "subscribe"
  | "tags"
  | "live_label"
  | "icon"
  | "view_count"
  | "timestamp"
  | "reading_time"
  | "punctuation";

// Lines longer than this are prose, whatever they start with.
const MAX_BOILERPLATE_LENGTH = 100;

const RULES: Array<[BoilerplateReason, RegExp]> = [
  ["related_links", /^(مقالات|أخبار|اخبار|مواضيع|موضوعات|قصص) (ذات صلة|مشابهة|متعلقة|قد تهمك)$/],
  ["related_links", /^(قد يهمك|قد يعجبك|اقرأ المزيد|المزيد من الأخبار|الأكثر قراءة|الأكثر مشاهدة)\s*:?$/],
  // "Read also" links to other stories: their headlines are not this article's reporting.
  ["related_links", /^[اإ]قر[أا] (أيضاً|أيضًا|أيضا|ايضاً|ايضًا|ايضا)(\s|:|$)/],
  ["related_links", /^(Read also|Read more|See also|Related|More on this)\s*:/i],
  ["related_links", /^(Related (articles|stories|news|content|posts)|More stories|Most read|Most popular|Recommended)$/i],
  ["comments", /^(اترك تعليق[اًً]*|أضف تعليق[اًً]*|اضف تعليق[اًً]*|التعليقات|تعليقات|لا توجد تعليقات)$/],
  ["comments", /^لن يتم نشر عنوان بريدك الإلكتروني/],
  ["comments", /^(Leave a comment|Leave a Reply|Comments|No comments( yet)?|Post a comment)$/i],
  [
    "navigation",
    /^(زر الذهاب إلى الأعلى|العودة إلى الأعلى|الذهاب إلى المحتوى|تخطى إلى المحتوى|القائمة|القائمة الرئيسية|بحث|إغلاق|السابق التالي|التالي|السابق)$/,
  ],
  // Breadcrumbs: "الرئيسية" alone or followed by sections ("الرئيسية > أخبار > سوريا").
  ["navigation", /^(الرئيسية|الصفحة الرئيسية|Home)(\s*[>»›/|\\-]\s*[^>»›/|\\]{1,30})*$/i],
  ["navigation", /^(Accessibility links|Skip to (main )?content|Languages|Previous( Next)?|Next|Menu|Search|Close|Back to top|Breaking News)$/i],
  ["font_size", /^(\+\s*الخط\s*-|حجم الخط|تكبير الخط|تصغير الخط|[+-]\s*A|A\s*[+-]|(A\s*){2,3}|Font size|Text size)$/i],
  // Share and print buttons, often several on one line: "طباعة الخبر ارسال الخبر الى صديق".
  [
    "share_print",
    /^((شارك|مشاركة|انشر|طباعة|اطبع|ارسال|إرسال|أرسل|نسخ)( (الموضوع|الخبر|المقال|المقالة|الرابط|على|عبر|هذا|الى|إلى|صديق|لصديق|فيسبوك|تويتر|واتساب|تلغرام|إكس))*\s*:?|فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|لينكدإن|إكس|Share( this( article| story)?)?( on)?|Tweet|Print|Email|E-mail|Copy link|Facebook|Twitter|WhatsApp|Telegram|LinkedIn|X)(\s*[|·,:،]?\s*((شارك|مشاركة|انشر|طباعة|اطبع|ارسال|إرسال|أرسل|نسخ)( (الموضوع|الخبر|المقال|المقالة|الرابط|على|عبر|هذا|الى|إلى|صديق|لصديق|فيسبوك|تويتر|واتساب|تلغرام|إكس))*|فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|لينكدإن|إكس|Share|Tweet|Print|Email|Copy link|Facebook|Twitter|WhatsApp|Telegram|LinkedIn))*\s*:?$/i,
  ],
  ["subscribe", /^(اشترك|اشتركوا|اشترك الآن|اشترك في النشرة( البريدية| الإخبارية)?|النشرة البريدية|تابعنا|تابعونا)( (على|عبر) \S+( \S+)?)?\s*:?$/],
  ["subscribe", /^(Subscribe( now| to our newsletter)?|Sign up( for our newsletter)?|Newsletter|Follow us( on \S+)?)\s*:?$/i],
  ["tags", /^(الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|Tags|Topics|Keywords)\s*(:.{0,80})?$/i],
  ["live_label", /^(التغطية الحية|تغطية حية|بث مباشر|مباشر|عاجل|Live|Live updates|Breaking)$/i],
  ["icon", /^((icon|logo|site logo|image|photo|video|صورة|فيديو)\s*)+$/i],
  ["icon", /^[•·*]?\s*\d+x\d+\s+Image$/i],
  // A view or comment counter: "436", "1٬356", "436 مشاهدة", "Views: 1,204".
  [
    "view_count",
    /^(?:(?:المشاهدات|مشاهدات|عدد المشاهدات|القراءات|عدد القراءات|Views|Reads)\s*:?\s*)?[\d٠-٩][\d٠-٩,.٬٫ ]*(?:\s*(?:مشاهدة|مشاهدات|قراءة|views?|reads?|comments?|تعليق(ات)?))?$/i,
  ],
  [
    "reading_time",
    /^((وقت|مدة) القراءة\s*:?\s*[\d٠-٩]+\s*(دقيقة|دقائق|د)|[\d٠-٩]+\s*(دقيقة|دقائق) (للقراءة|قراءة)|(دقيقة|دقيقتان|دقيقتين) (للقراءة|قراءة)|[\d٠-٩]+\s*min(ute)?s?( read)?|Reading time\s*:?\s*[\d٠-٩]+\s*min(ute)?s?)$/i,
  ],
  ["punctuation", /^[\p{P}\p{S}\s]+$/u],
];

const MONTHS =
  "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|" +
  "كانون الثاني|كانون الأول|كانون ثاني|كانون أول|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الثاني|تشرين أول|تشرين ثاني|" +
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const DAYS = "السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday";
const STAMP_WORDS =
  "تاريخ النشر|نشر في|نُشر في|نشر بتاريخ|آخر تحديث|اخر تحديث|تم التحديث|تحديث|منذ|قبل|ساعة|ساعات|ساعتين|دقيقة|دقائق|يوم|أيام|ايام|يومين|" +
  "بتوقيت|توقيت|غرينتش|صباحاً|صباحا|مساءً|مساء|ص|م|GMT|UTC|AM|PM|Published|Updated|Last updated|on|at|ago|hours?|minutes?|days?|mins?|st|nd|rd|th";
const STAMP_TOKEN = new RegExp(`(?<![\\p{L}\\p{M}])(${MONTHS}|${DAYS}|${STAMP_WORDS})(?![\\p{L}\\p{M}])`, "giu");
const TIME = /[\d٠-٩]{1,2}:[\d٠-٩]{2}/;
const HAS_DATE_OR_AGO = new RegExp(`[\\d٠-٩]{4}|${MONTHS.split("|").slice(0, 12).join("|")}|منذ|ago`, "i");

// A site's date/time stamp: "2024.01.15 | 15:45 دمشق", "دمشق - 10:45", "منذ 3 ساعات",
// "11 يناير 2024", "تاريخ النشر: 5th, February 2024 GMT". Once the date and time words, numbers
// and separators are taken out nothing may remain, except one word (the city of a dateline)
// when the line has a clock time.
function isTimestamp(line: string): boolean {
  if (!TIME.test(line) && !HAS_DATE_OR_AGO.test(line)) return false;
  const rest = line
    .replace(STAMP_TOKEN, " ")
    .replace(/[\d٠-٩]+/g, " ")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .trim();
  // A number, or a relative stamp in words ("منذ ساعتين", "an hour ago").
  if (!/[\d٠-٩]/.test(line) && !/^(منذ|قبل) |\bago$/i.test(line)) return false;
  if (!rest) return true;
  return TIME.test(line) && rest.split(/\s+/).length === 1;
}

// Why a line is boilerplate, or null when it is part of the story.
export function boilerplateReason(line: string): BoilerplateReason | null {
  const text = line.trim();
  if (!text || text.length > MAX_BOILERPLATE_LENGTH) return null;
  for (const [reason, re] of RULES) if (re.test(text)) return reason;
  if (isTimestamp(text)) return "timestamp";
  return null;
}
