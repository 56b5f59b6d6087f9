// A trie over words: every lexicon entry (a weapon, a place name, a source, a time word) is a
// path of folded words, and a text is read once, token by token, through the readings its
// clitics allow (tokens.ts). The first word of an entry may carry any proclitic and ending
// («وبالصواريخ», «استهدافها»); later words only the article and an ending («القذائف
// الصاروخية» for «قذائف صاروخية ثقيلة», «قنبلتين يدويتين»), so a conjunction never glues two entries.
import type { Reading, Token } from "./tokens";

type Node<V> = { next: Map<string, Node<V>>; values: V[] };

export type TrieMatch<V> = {
  // Tokens [i, j) of the text.
  i: number;
  j: number;
  values: V[];
  // The entry's words, and how the last token was read (its ending: «ين» for a dual…).
  words: string[];
  first: Reading;
  last: Reading;
  // Letters the readings removed: the surface wins over a stripped reading of the same length.
  stripped: number;
};

const later = (r: Reading) => r.pre === "" || r.pre === "ال";

export class TokenTrie<V> {
  private root: Node<V> = { next: new Map(), values: [] };
  size = 0;

  add(words: string[], value: V): void {
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) {
      node.values.push(value);
      this.size++;
    }
  }

  // Every entry that starts at token i, any length.
  matchAt(tokens: Token[], i: number): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    this.walk(tokens, i, this.root, i, [], 0, null, out);
    return out;
  }

  private walk(tokens: Token[], i: number, node: Node<V>, k: number, words: string[], stripped: number, first: Reading | null, out: Array<TrieMatch<V>>): void {
    const t = tokens[k];
    if (!t || t.kind === "punct" || t.kind === "break") return;
    for (const r of t.readings) {
      if (k > i && !later(r)) continue;
      const child = node.next.get(r.form);
      if (!child) continue;
      const ws = [...words, r.form];
      const s = stripped + (t.text.length - r.form.length);
      if (child.values.length) out.push({ i, j: k + 1, values: child.values, words: ws, first: first ?? r, last: r, stripped: s });
      if (child.next.size) this.walk(tokens, i, child, k + 1, ws, s, first ?? r, out);
    }
  }

  // Leftmost-longest matches over the whole text, never overlapping: at each token the longest
  // entry (fewest letters stripped on a tie) wins and the scan goes on after it.
  scan(tokens: Token[]): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    for (let i = 0; i < tokens.length;) {
      const best = pickLongest(this.matchAt(tokens, i));
      if (best) {
        out.push(best);
        i = best.j;
      } else i++;
    }
    return out;
  }
}

export function pickLongest<V>(ms: Array<TrieMatch<V>>): TrieMatch<V> | null {
  let best: TrieMatch<V> | null = null;
  for (const m of ms) if (!best || m.j > best.j || (m.j === best.j && m.stripped < best.stripped)) best = m;
  return best;
}
