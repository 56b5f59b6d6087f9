// Splits folded text into sentences: at line breaks and at sentence punctuation followed by a
// space, never inside a date («16 . 01 . 2024») or a number («2.5»). Arabic news runs several
// events into one sentence joined by «، و…», «، فيما…»: a comma before a connective that opens a
// new clause splits too, so each clause can tell its own incident. Pastes from some sites lose
// the space after a full stop («…بجروح.وقالت…»): a stop right before an Arabic letter still ends
// the sentence (not before a Latin one: «U.S.», «e.g.»). «رداً على» / «in response to» opens a
// clause of its own even without a comma: what it answers may be an earlier incident with its
// own date and place («…ضربات في العراق رداً على هجوم على قاعدة في الأردن في 28 كانون الثاني»).
// «وتأتي هذه التعزيزات بعد استهداف قاعدة…», «…comes after an attack on…»: what came after is the
// reason for the piece before, an earlier incident of its own; «، وكانت القوات قد شنت…» (what had
// happened before) and «، مضيفا أن…» (the next thing a source said) open clauses too.
// «clause»: the piece began at a comma, not at a full stop, and continues the one before.
export type Sentence = { start: number; end: number; paragraph: number; clause: boolean };

const CUTS = /\n+|[.!?؟](?=\s|$|["”»]?[\u0621-\u064A])|\s(?=(?:[وف]?ردا|انتقاما)\s+(?:علي|ل)|in (?:response|retaliation) (?:to|for)\s)|(?<=(?:ياتي|تاتي|جاء|جاءت|comes?|came)(?:\s+\S+){0,3})\s(?=(?:بعد|after)\s+(?:ال|an?\s+|the\s+)?(?:استهداف|هجوم|هجمات|قصف|غارات|ضربات|تعرض|attacks?|strikes?)(?![\p{L}]))|[،,](?=\s*(?:فيما|بينما|في حين|كما|ثم|وعقب|وبعد|وردا|ردا|وكان|وكانت|مضيفا|مضيفه|وتزامنا|وبالتزامن|واستهدفت|واستهدف|وشنت|وشن|ونفذت|ونفذ|وقصفت|وقصف|واسقطت|وهاجمت|وهاجم|وتعرضت|وتعرض|وقتل|واصيب|while|after which)(?![\p{L}]))/gu;

const ABBREVIATION = /(?:^|[^\p{L}])(?:[a-z]\.[a-z]|mr|mrs|ms|dr|gen|col|lt|maj|capt|sgt|st|no|vs)$/iu;

export function splitSentences(folded: string, protect: Array<{ start: number; end: number }>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let clause = false;
  const cut = (end: number, newParagraph: boolean) => {
    if (folded.slice(start, end).trim()) out.push({ start, end, paragraph, clause });
    if (newParagraph) paragraph++;
  };
  for (const m of folded.matchAll(CUTS)) {
    const at = m.index!;
    if (protect.some((p) => at >= p.start && at < p.end)) continue;
    if (m[0] === "." && /\d\s*$/.test(folded.slice(Math.max(0, at - 3), at)) && /^\s*\d/.test(folded.slice(at + 1, at + 4))) continue;
    // «U.S. soldiers», «Gen. Abdi»: an abbreviation's point, not a full stop.
    if (m[0] === "." && ABBREVIATION.test(folded.slice(Math.max(0, at - 6), at))) continue;
    cut(at + m[0].length, m[0].startsWith("\n"));
    clause = m[0] === "،" || m[0] === ",";
    start = at + m[0].length;
  }
  cut(folded.length, false);
  return out;
}
