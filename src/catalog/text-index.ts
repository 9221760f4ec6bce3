/**
 * Full-text index over records with weighted fields (solutions, cities):
 * every word of a query must match somewhere in a record, in any order; each
 * word matches as typed (the start of a word, as you type) or with typos.
 *
 * Why it looks as it does. Running fuse.js over every record costs time in
 * proportion to all the text of the catalogue, for every keystroke (bench/
 * measures it side by side). So the text is indexed once instead:
 * - a vocabulary of distinct terms (lower case, accents folded, so that
 *   `skelleftea` finds Skellefteå), kept sorted so that the terms starting
 *   with what is typed are one binary search away;
 * - an inverted index from each term to the records holding it, with a bit
 *   per field it appears in (the weight follows from the bits, so a posting
 *   costs 5 bytes: a record number and a byte of bits), every term's postings
 *   in one pair of typed arrays, so the garbage collector sees no small arrays;
 * - for typos, fuse.js still decides what is close enough and how close, but
 *   over a few hundred candidate terms, never the records: a bigram index
 *   proposes the terms sharing the most letter pairs with the word.
 * A word's expansion (terms and match quality) is cached, so typing the next
 * letter of the last word costs one new expansion and one pass over postings.
 * Scores add, per word, the best of its terms (match quality × field
 * weight) times the word's rarity (inverse document frequency).
 */
import Fuse from 'fuse.js/basic';
import { editDistance } from './problems.js';
import { sortInSteps } from './slices.js';

/** A half-open range [start, end) of characters in a text. */
export type Range = readonly [number, number];

/**
 * Invisible characters a pasted text may hide inside a word (zero-width
 * space and joiners, word joiner, byte order mark, soft hyphen): part of the
 * word, and gone once it is folded, so "bi\u200Bke" is "bike".
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Lower case without accents or invisible characters. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}|[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '');
}

/** Inside a word, these join its parts ("e-bikes", "l’eau"); elsewhere they are punctuation. */
const SEPARATOR = /[-'’.]/;

// Indexing reads every character of the catalogue, so it classifies characters
// through a table (regular expressions over whole texts were 20 times slower)
// and folds only the words that have a character outside ASCII, once each.
const LETTER = 1;
const JOINER = 2;
const OTHER = 3;
const kinds = new Uint8Array(0x10000);
function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (!kind) {
    const char = String.fromCharCode(code);
    // Surrogates are halves of letters outside the basic plane; marks belong to the letter before them.
    kind = (code >= 0xd800 && code < 0xe000) || /[\p{L}\p{N}\p{M}]/u.test(char) || INVISIBLE.test(char) ? LETTER : SEPARATOR.test(char) ? JOINER : OTHER;
    kinds[code] = kind;
  }
  return kind;
}
const folded = new Map<string, string>();
const foldWord = (raw: string) => {
  const word = folded.get(raw) ?? fold(raw);
  if (folded.size < 100_000) folded.set(raw, word);
  return word;
};

/**
 * Calls `visit` with each term of `text`, folded, and where it is: each word,
 * and a compound ("e-bikes") in parts and, with `compounds`, whole as well.
 */
function forEachTerm(text: string, visit: (term: string, start: number, end: number) => void, compounds = true): void {
  forEachSpan(text, (lower, start, end, _hash, term) => visit(term ?? lower.slice(start, end), start, end), compounds);
}

/**
 * What `forEachTerm` finds, without a string for each word: a term of plain ASCII letters is `lower` from `start` to
 * `end`, with its hash; another (folded, or a compound whole) comes as `term`. Indexing meets millions of words and
 * a few thousand distinct terms, so it looks each one up from its characters in place (TextIndex.intern).
 */
function forEachSpan(text: string, visit: (lower: string, start: number, end: number, hash: number, term: string | undefined) => void, compounds = true): void {
  const lower = text.toLowerCase();
  // The start and end of each part of the current word (an even count means between parts), and each part's hash.
  const bounds: number[] = [];
  const hashes: number[] = [];
  let count = 0;
  let ascii = true;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const kind = kindOf(code);
    if (kind === LETTER) {
      if (count % 2 === 0) (bounds[count++] = i), (hash = FNV_OFFSET);
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (code > 127) ascii = false;
    } else if (kind === JOINER && count % 2 && i + 1 < lower.length && kindOf(lower.charCodeAt(i + 1)) === LETTER) {
      hashes[count >> 1] = hash;
      bounds[count++] = i;
    } else if (count % 2) {
      hashes[count >> 1] = hash;
      bounds[count++] = i;
      if (count === 2) {
        if (ascii) visit(lower, bounds[0]!, i, hash, undefined);
        else visit(lower, bounds[0]!, i, 0, foldWord(lower.slice(bounds[0], i)));
      } else {
        const words: string[] = [];
        for (let p = 0; p < count; p += 2) {
          const [start, end] = [bounds[p]!, bounds[p + 1]!];
          const word = ascii ? undefined : foldWord(lower.slice(start, end));
          if (compounds) words.push(word ?? lower.slice(start, end));
          visit(lower, start, end, hashes[p >> 1]!, word);
        }
        if (compounds) visit(lower, bounds[0]!, i, 0, words.join(''));
      }
      count = 0;
      ascii = true;
    }
  }
}

/** FNV-1a over UTF-16 code units: a term's hash is the same from its string or from its characters in a text. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
function hashOf(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The distinct words of a query, folded (a compound as its parts). */
export function queryTerms(text: string): string[] {
  const terms = new Set<string>();
  forEachTerm(text, (term) => terms.add(term), false);
  // A pasted page, or a URL written to freeze the page: each word costs a typo search, so only the first ones count.
  return [...terms].slice(0, MAX_QUERY_WORDS);
}

/** The words of a query that are searched; nobody types more, and every word must match anyway. */
export const MAX_QUERY_WORDS = 32;

/** A field's text: one string or several (tags, city names). */
export type FieldText = string | readonly string[] | undefined;

/** Matches of a query: records holding every word, their scores (higher is better), and where the words are. */
export interface TextMatches {
  records: readonly number[];
  /** Indexed by record; meaningful for `records` only, and until the next search (the array is reused). */
  scores: Float32Array;
  /** Where the query's words are in `text` (a displayed name or summary), for highlighting. */
  ranges(text: string): Range[];
}

interface Expansion {
  terms: Int32Array;
  quality: Float32Array;
  /** The term that is the word itself, whole, or -1. */
  whole: number;
  /** Terms matched with typos or inside a word: highlighted whole. */
  fuzzy: Set<number>;
}

/** Words shorter than this match only as the start of a word: one letter off in three is another word. */
const MIN_FUZZY_LENGTH = 4;
/** How many candidate terms fuse.js looks at per word. */
const FUZZY_CANDIDATES = 256;
/**
 * Typos near the start of a term, as typed: about one letter in four may be
 * wrong, and a match further in costs a quarter per letter, so "trees" does
 * not find "street" nor "olive" "mykeplive" (a match inside a word counts
 * only when exact: see `expand`).
 */
/** Postings are stored while adding in blocks of 2^BLOCK_BITS. */
const BLOCK_BITS = 16;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/** What another ending of a word is worth when the word itself is a term of the index. */
const WHOLE_KNOWN_ENDING = 0.75;

const FUSE_OPTIONS = { includeScore: true, location: 0, distance: 4, threshold: 0.3 };

export class TextIndex {
  private readonly terms: string[] = [];
  // The vocabulary's hash table (open addressing): term id + 1 per slot, 0 for none; and each term's hash.
  private slots = new Int32Array(1 << 12);
  private termHashes = new Int32Array(1 << 11);
  // While adding: one list of postings in record order (term, record and field bits), in blocks (growing one
  // array by copying it took a single step of 50 to 170 ms at 100,000 solutions), and where each term's last posting
  // is, so a term met again in the same record only adds a bit.
  private postedTerm: Int32Array[] = [];
  private postedRecord: Int32Array[] = [];
  private postedFields: Uint8Array[] = [];
  private posted = 0;
  private lastPosting = new Int32Array(1 << 12);
  // Once finished: term t's postings are records[start[t]] to records[start[t + 1] - 1], in record order.
  private start = new Uint32Array(0);
  private records = new Int32Array(0);
  private fields = new Uint8Array(0);
  /** Term ids in the terms' code-unit order. */
  private sorted: Int32Array = new Int32Array(0);
  private bigrams = new Map<string, number[]>();
  private readonly fieldWeight: Float32Array;
  /** The same for the word itself, whole: some fields count more when they hold exactly what was typed (see the constructor). */
  private readonly wholeWeight: Float32Array;
  private readonly expansions = new Map<string, Expansion>();
  private size = 0;
  // Per-query scratch space, reused: one slot per record.
  private mark = new Int32Array(0);
  private best = new Float32Array(0);
  private hits = new Int32Array(0);
  private total = new Float32Array(0);
  /** Per term: letter pairs shared with the word being corrected (zero between calls). */
  private shared = new Uint32Array(0);

  /**
   * `weights[i]` is field i's weight (at most 8 fields); `wholeWeights[i]`, when given, its weight when it holds the
   * query's word whole (a city's name: "tourism porto" is about Porto, not about a "portal" in a name).
   */
  constructor(weights: readonly number[], wholeWeights: readonly number[] = weights) {
    this.fieldWeight = combinedWeights(weights);
    this.wholeWeight = combinedWeights(weights.map((weight, field) => Math.max(weight, wholeWeights[field] ?? 0)));
  }

  /** Adds record number `this.size` with its fields' texts. Call `finish()` after the last one. */
  add(fields: readonly FieldText[]): void {
    const record = this.size++;
    fields.forEach((text, field) => {
      if (!text) return;
      // Folding whole fields at once keeps indexing fast; positions are found again only for the few texts highlighted.
      const bit = 1 << field;
      forEachSpan(typeof text === 'string' ? text : text.join(' '), (lower, start, end, hash, term) =>
        this.post(term === undefined ? this.intern(lower, start, end, hash) : this.intern(term, 0, term.length, hashOf(term)), record, bit),
      );
    });
  }

  /** The id of the term `source` holds from `start` to `end` (whose hash is `hash`): found, else added. */
  private intern(source: string, start: number, end: number, hash: number): number {
    const found = this.find(source, start, end, hash);
    if (found >= 0) return found;
    const id = this.terms.length;
    this.terms.push(source.slice(start, end));
    if (id === this.termHashes.length) this.termHashes = grow(this.termHashes);
    this.termHashes[id] = hash;
    this.slots[-1 - found] = id + 1;
    if (2 * this.terms.length > this.slots.length) {
      // Half full at most, so that a probe meets few others: twice the size, every term in again.
      const slots = (this.slots = new Int32Array(this.slots.length * 2));
      const mask = slots.length - 1;
      for (let t = 0; t < this.terms.length; t++) {
        let slot = this.termHashes[t]! & mask;
        while (slots[slot]) slot = (slot + 1) & mask;
        slots[slot] = t + 1;
      }
    }
    if (id === this.lastPosting.length) this.lastPosting = grow(this.lastPosting);
    this.lastPosting[id] = -1;
    return id;
  }

  /** The id of the term in `source` from `start` to `end`, else -1 - the free slot where it would go. */
  private find(source: string, start: number, end: number, hash: number): number {
    const { slots, terms } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (!entry) return -1 - slot;
      if (this.termHashes[entry - 1] !== hash) continue;
      const term = terms[entry - 1]!;
      if (term.length !== end - start) continue;
      let i = 0;
      while (i < term.length && term.charCodeAt(i) === source.charCodeAt(start + i)) i++;
      if (i === term.length) return entry - 1;
    }
  }

  /** The id of `term`, if the index has it. */
  private termId(term: string): number | undefined {
    const id = this.find(term, 0, term.length, hashOf(term));
    return id >= 0 ? id : undefined;
  }

  private post(id: number, record: number, bit: number) {
    const last = this.lastPosting[id]!;
    // Records come in order, so a term already seen in this record is its last posting.
    if (last >= 0 && this.postedRecord[last >>> BLOCK_BITS]![last & BLOCK_MASK] === record) {
      this.postedFields[last >>> BLOCK_BITS]![last & BLOCK_MASK]! |= bit;
      return;
    }
    const at = this.posted++;
    const block = at >>> BLOCK_BITS;
    const offset = at & BLOCK_MASK;
    if (!offset) {
      this.postedTerm.push(new Int32Array(BLOCK_MASK + 1));
      this.postedRecord.push(new Int32Array(BLOCK_MASK + 1));
      this.postedFields.push(new Uint8Array(BLOCK_MASK + 1));
    }
    this.postedTerm[block]![offset] = id;
    this.postedRecord[block]![offset] = record;
    this.postedFields[block]![offset] = bit;
    this.lastPosting[id] = at;
  }

  /** Groups the postings by term (a counting sort, which keeps record order), sorts the vocabulary, builds the bigram index. Yields between steps. */
  *finish(): Generator<void> {
    const count = this.terms.length;
    const start = (this.start = new Uint32Array(count + 1));
    const blockLength = (block: number) => Math.min(BLOCK_MASK + 1, this.posted - (block << BLOCK_BITS));
    for (let block = 0; block < this.postedTerm.length; block++) {
      const terms = this.postedTerm[block]!;
      for (let i = blockLength(block) - 1; i >= 0; i--) start[terms[i]! + 1]!++;
      yield;
    }
    for (let t = 0; t < count; t++) start[t + 1]! += start[t]!;
    yield;
    const next = start.slice(0, count);
    this.records = new Int32Array(this.posted);
    this.fields = new Uint8Array(this.posted);
    // Tens of megabytes at once may set off a collection of the whole heap: a step of its own.
    yield;
    // Block by block, in record order, so each term's postings stay in record order; each block freed once read.
    for (let block = 0; block < this.postedTerm.length; block++) {
      const [terms, records, fields] = [this.postedTerm[block]!, this.postedRecord[block]!, this.postedFields[block]!];
      // A step per eighth of a block: the first ones run before the engine has compiled the loop (one step of a
      // whole block took 40 ms at 50,000 solutions).
      for (let i = 0, length = blockLength(block); i < length; i++) {
        const at = next[terms[i]!]!++;
        this.records[at] = records[i]!;
        this.fields[at] = fields[i]!;
        if ((i & 8191) === 8191) yield;
      }
      yield;
    }
    this.postedTerm = this.postedRecord = [];
    this.postedFields = [];
    this.lastPosting = new Int32Array(0);
    // In steps: a vocabulary of 100,000 terms took one step of about 50 ms to sort.
    this.sorted = yield* sortInSteps(Int32Array.from(this.terms.keys()), (a, b) => (this.terms[a]! < this.terms[b]! ? -1 : this.terms[a]! > this.terms[b]! ? 1 : 0));
    for (let id = 0; id < count; id++) {
      for (const pair of bigramsOf(this.terms[id]!)) {
        const list = this.bigrams.get(pair);
        if (list) list.push(id);
        else this.bigrams.set(pair, [id]);
      }
      if (id % 4096 === 4095) yield;
    }
    this.mark = new Int32Array(this.size);
    this.best = new Float32Array(this.size);
    this.hits = new Int32Array(this.size);
    this.total = new Float32Array(this.size);
    this.shared = new Uint32Array(count);
  }

  /** Records holding every word of `text`, or `undefined` when it has no words. */
  search(text: string): TextMatches | undefined {
    const words = queryTerms(text);
    if (!words.length) return undefined;
    const expansions: Expansion[] = [];
    for (const word of words) {
      const expansion = this.expand(word);
      // Every word must match: one that matches no term ends the search (and spares expanding the rest).
      if (!expansion.terms.length) return { records: [], scores: this.total, ranges: () => [] };
      expansions.push(expansion);
    }
    const { mark, best, hits, total } = this;
    mark.fill(0), hits.fill(0), total.fill(0);
    let matched: number[] = [];
    // The word with the fewest postings first keeps the later passes short.
    const order = expansions.map((_, i) => i).sort((a, b) => this.postingCount(expansions[a]!) - this.postingCount(expansions[b]!));
    order.forEach((wordIndex, pass) => {
      const expansion = expansions[wordIndex]!;
      const { terms, quality } = expansion;
      if (pass && !matched.length) return;
      matched = [];
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        const { records, fields } = this;
        const end = this.start[term + 1]!;
        const factor = quality[t]!;
        const weight = term === expansion.whole ? this.wholeWeight : this.fieldWeight;
        for (let p = this.start[term]!; p < end; p++) {
          const record = records[p]!;
          if (hits[record] !== pass) continue;
          const score = factor * weight[fields[p]!]!;
          if (mark[record] !== pass + 1) {
            mark[record] = pass + 1;
            best[record] = score;
            matched.push(record);
          } else if (score > best[record]!) best[record] = score;
        }
      }
      // A rare word says more than a common one: its inverse document frequency (over every term it stands for) weighs its score.
      const rarity = Math.log(1 + this.size / Math.min(this.size, Math.max(1, this.postingCount(expansion))));
      for (const record of matched) {
        hits[record] = pass + 1;
        total[record]! += rarity * best[record]!;
      }
    });
    return { records: matched, scores: total, ranges: (shown) => this.ranges(shown, words, expansions) };
  }

  /** The vocabulary term nearest to `word` (a likely typo), when none starts with it and one is a few edits away. */
  correction(word: string): string | undefined {
    const folded = fold(word);
    const [from, to] = this.prefixRange(folded);
    if (to > from) return undefined;
    // Two edits for short words, more for long ones.
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(folded.length * 0.34)) + 1;
    for (const id of this.candidates(folded, 1)) {
      const term = this.terms[id]!;
      if (term.length < 3 || Math.abs(term.length - folded.length) >= bestDistance) continue;
      const distance = editDistance(folded, term);
      if (distance < bestDistance) [best, bestDistance] = [term, distance];
    }
    return best;
  }

  private postingCount(expansion: Expansion): number {
    let count = 0;
    for (const term of expansion.terms) count += this.start[term + 1]! - this.start[term]!;
    return count;
  }

  /** Terms starting with `word` (exact or as typed so far), then terms fuse.js finds close to it. Cached. */
  private expand(word: string): Expansion {
    const cached = this.expansions.get(word);
    if (cached) return cached;
    const terms: number[] = [];
    const quality: number[] = [];
    const [from, to] = this.prefixRange(word);
    for (let i = from; i < to; i++) {
      const id = this.sorted[i]!;
      terms.push(id);
      // The whole word beats a longer word it starts; the closer in length, the better.
      quality.push(this.terms[id]!.length === word.length ? 1 : 0.5 + (0.4 * word.length) / this.terms[id]!.length);
    }
    const fuzzy = new Set<number>();
    const whole = this.termId(word) ?? -1;
    // Other endings of the word, in any language ("trees" finds "tree", "budgeting" "budget", "turismo" "turistici", "mobility" "mobilité"):
    // the word less one to three letters, keeping at least two thirds of it, as the start of a term.
    const found = new Set(terms);
    for (const cut of [1, 2, 3]) {
      const stem = word.slice(0, -cut);
      if (stem.length < Math.max(4, 0.65 * word.length)) break;
      const [from, to] = this.prefixRange(stem);
      for (let i = from; i < to; i++) {
        const id = this.sorted[i]!;
        // As for a start of a word, less a tenth per letter cut; but a term one letter from the word is more likely a
        // typo of it ("parkng": "parking") than another ending ("park").
        const term = this.terms[id]!;
        // When the word itself is a known term, another ending is another word as often as an inflection ("porto":
        // "portal"), so it ranks below the word itself whatever field holds it.
        const ending = (0.5 + (0.4 * stem.length) / term.length - 0.1 * cut) * (whole < 0 ? 1 : WHOLE_KNOWN_ENDING);
        if (!found.has(id)) found.add(id), terms.push(id), quality.push(whole < 0 && Math.abs(term.length - word.length) === 1 && editDistance(word, term) === 1 ? Math.max(ending, 0.8) : ending), fuzzy.add(id);
      }
    }
    if (word.length >= MIN_FUZZY_LENGTH) {
      // Each typo breaks at most two letter pairs, and fuse.js allows about one letter in four wrong.
      const candidates = this.candidates(word, Math.max(1, word.length - 2 * Math.ceil(word.length * 0.3)));
      const fuse = new Fuse(candidates.map((id) => this.terms[id]!), FUSE_OPTIONS);
      const add = (id: number, value: number) => {
        if (found.has(id)) return;
        found.add(id), terms.push(id), quality.push(value), fuzzy.add(id);
      };
      // A typo is worth at most half of what was typed, and fast less as fuse.js finds it further.
      for (const result of fuse.search(word)) add(candidates[result.refIndex]!, 0.5 * (1 - (result.score ?? 0)) ** 2);
      // The end of a compound ("pumpe" in "wärmepumpe"), for words long enough not to be everywhere.
      if (word.length >= 5) for (const id of candidates) if (this.terms[id]!.includes(word)) add(id, 0.4);
    }
    const expansion = { terms: Int32Array.from(terms), quality: Float32Array.from(quality), whole, fuzzy };
    if (this.expansions.size > 1000) this.expansions.clear();
    this.expansions.set(word, expansion);
    return expansion;
  }

  /** Where the terms starting with `prefix` are in `sorted`, as [from, to). */
  private prefixRange(prefix: string): [number, number] {
    const first = (value: string, upper: boolean) => {
      let [low, high] = [0, this.sorted.length];
      while (low < high) {
        const middle = (low + high) >>> 1;
        const term = this.terms[this.sorted[middle]!]!;
        if (term < value || (upper && term.startsWith(value))) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    return [first(prefix, false), first(prefix, true)];
  }

  /** Terms sharing at least `minShared` letter pairs with `word`, those sharing the most first (then the shortest), at most FUZZY_CANDIDATES. */
  private candidates(word: string, minShared: number): number[] {
    // Counted in a typed array and ranked by buckets of counts: a Map and a sort of every term met took half a millisecond a word.
    const shared = this.shared;
    const met: number[] = [];
    for (const pair of new Set(bigramsOf(word))) {
      for (const id of this.bigrams.get(pair) ?? []) if (shared[id]!++ === 0) met.push(id);
    }
    const byCount: number[][] = [];
    for (const id of met) {
      if (shared[id]! >= minShared) (byCount[shared[id]!] ??= []).push(id);
      shared[id] = 0;
    }
    const out: number[] = [];
    for (let count = byCount.length - 1; count >= minShared && out.length < FUZZY_CANDIDATES; count--) {
      const ids = byCount[count];
      if (!ids) continue;
      // A stable sort: terms of one length stay in the order they were met.
      ids.sort((a, b) => this.terms[a]!.length - this.terms[b]!.length);
      for (const id of ids) if (out.push(id) === FUZZY_CANDIDATES) break;
    }
    return out;
  }


  private ranges(text: string, words: readonly string[], expansions: readonly Expansion[]): Range[] {
    const out: Range[] = [];
    forEachTerm(text, (term, start, end) => {
      const id = this.termId(term);
      let length = 0;
      words.forEach((word, i) => {
        if (term.startsWith(word)) length = Math.max(length, word.length);
        else if (id !== undefined && expansions[i]!.fuzzy.has(id)) length = Infinity;
      });
      if (length === Infinity || length === term.length) out.push([start, end]);
      else if (length) out.push([start, start + originalLength(text.slice(start, end), length)]);
    });
    return out;
  }
}

/**
 * A posting weighs as its best field, plus a quarter of the others it is in (found in the name and the tags beats the
 * name alone, but three weak fields do not beat a strong one): precomputed for every combination of field bits.
 */
function combinedWeights(weights: readonly number[]): Float32Array {
  return new Float32Array(256).map((_, bits) => {
    const inFields = weights.filter((_, field) => bits & (1 << field));
    const best = Math.max(0, ...inFields);
    return best + 0.25 * (inFields.reduce((sum, weight) => sum + weight, 0) - best);
  });
}

/** A typed array twice as long, with the same start. */
function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}

/** The letter pairs of a term, with its start marked so that first letters count. */
function bigramsOf(term: string): string[] {
  const padded = ` ${term}`;
  const pairs: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) pairs.push(padded.slice(i, i + 2));
  return pairs;
}

/** How many characters of `original` fold to `length` characters (folding may shorten text). */
function originalLength(original: string, length: number): number {
  if (!/[^\0-\x7f]/.test(original)) return length;
  let n = length;
  while (n < original.length && fold(original.slice(0, n)).length < length) n++;
  return n;
}
