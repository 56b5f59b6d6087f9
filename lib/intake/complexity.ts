// How much work a page would make before it is parsed into a DOM. Readability on linkedom grows
// much faster than the page: 400 nested <div>s (2 KB) took ~5 s, 1,600 ~3 min. One streaming
// pass of htmlparser2's tokenizer (the parser linkedom itself builds its tree with, so the depth
// counted is the depth linkedom would build, implied end tags included) counts elements and
// nesting in linear time and stops at the first limit crossed. Pages within these limits can
// still be slow (many small siblings): the worker's timer covers those (server/intake/sandbox.ts).
import { Parser } from "htmlparser2";

export type ComplexityLimits = { maxChars: number; maxElements: number; maxDepth: number };

// A large real news page has 2,000–5,000 elements nested 20–60 deep; the fetch takes 5 MB at most.
export const PAGE_LIMITS: ComplexityLimits = { maxChars: 5_000_000, maxElements: 30_000, maxDepth: 128 };

export type Complexity = { elements: number; depth: number; over: null | "size" | "elements" | "depth" };

class Stop extends Error {}

/** Elements and maximum nesting of an HTML (or, with xml, XML) text, counted until a limit is crossed. */
export function measureMarkup(text: string, limits: ComplexityLimits = PAGE_LIMITS, xml = false): Complexity {
  const result: Complexity = { elements: 0, depth: 0, over: null };
  if (text.length > limits.maxChars) return { ...result, over: "size" };
  let depth = 0;
  const parser = new Parser(
    {
      onopentagname() {
        result.elements += 1;
        depth += 1;
        if (depth > result.depth) result.depth = depth;
        if (result.elements > limits.maxElements) result.over = "elements";
        else if (depth > limits.maxDepth) result.over = "depth";
        if (result.over) throw new Stop();
      },
      onclosetag() {
        depth -= 1;
      },
    },
    // No entity decoding: only the shape is wanted, and decoding is work.
    { xmlMode: xml, decodeEntities: false },
  );
  try {
    parser.end(text);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return result;
}
