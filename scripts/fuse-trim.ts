/**
 * A Vite plugin for the script-tag bundles (dist/t4g.js, dist/t4g.iife.js):
 * cuts from fuse.js the code this library can never run, 3.9 KB of t4g.js's
 * gzip size (about two thirds of what fuse.js weighed in it).
 *
 * Why. The bundles import fuse.js's "basic" build (`fuse.js/basic`), and all of
 * it ships: its entry hangs every feature on the Fuse class (`Fuse.parseQuery`,
 * `Fuse.use`, the methods of Fuse and its index…), which no bundler can tell is
 * unused. The library calls fuse.js in one place only, text-index.ts:
 * `new Fuse(strings, FUSE_OPTIONS).search(word)`, over a list of strings, with
 * `{ includeScore: true, location: 0, distance: 4, threshold: 0.3 }`, reading
 * each result's `refIndex` and `score`.
 *
 * What goes (FEATURES below, one fuse.js feature at a time, with what only it
 * needs): the static helpers and an index made beforehand, searchers added with
 * `Fuse.use`, add/remove, lists of objects (`keys`), logical queries, `limit`
 * (the heap), token and extended search (the basic build refuses both anyway),
 * includeMatches and minMatchCharLength, ignoreDiacritics (with its table of
 * combining marks; text-index.ts folds accents itself). What stays runs as
 * fuse.js wrote it (the bitap search and its scores, the field-length norm, the
 * sort), so `search()` returns the same results, with the same scores, in the
 * same order: test/node/fuse-trim.test.ts compares the two on thousands of words
 * and queries. The npm build (dist/lib) keeps fuse.js external and untouched.
 *
 * How. Three kinds of edits, each of which must find exactly what it expects:
 * top-level declarations removed by name, methods of fuse.js's classes removed
 * by name, and edits inside the code kept, each replacing one exact piece of
 * fuse.js's text (any amount of whitespace where the piece has some). Then the
 * result is parsed again, and nothing left may name what was removed. Anything
 * not found, found twice, or still named fails the build, naming the feature and
 * the edit: never a bundle broken or left untrimmed without a word.
 *
 * On a fuse.js upgrade: if the build fails, read the new dist/fuse.basic.mjs
 * where the named edit points, and update the edit (or drop it). Then, failing
 * or not, run `node --import tsx --test test/node/fuse-trim.test.ts`, which
 * compares the trimmed and the original fuse.js as installed, and
 * `npm run build && npm run size`. If text-index.ts starts using another
 * fuse.js option or method, this file must change first (the test checks that
 * text-index.ts's use of fuse.js is still the one above).
 */
import { parseSync, type Plugin } from 'vite';

/**
 * One feature of fuse.js that text-index.ts never uses, and the code that only it
 * needs: top-level declarations, methods of fuse.js's classes (`Fuse`,
 * `FuseIndex`), and edits to the code kept. Features go in order; an edit reads
 * the code as the features before it left it.
 */
interface Feature {
  feature: string;
  declarations?: string[];
  methods?: Record<string, string[]>;
  edits?: Edit[];
}

interface Edit {
  /** Where, as the build names it when it fails. */
  name: string;
  before: string;
  after: string;
}

export const FEATURES: Feature[] = [
  {
    feature: 'static helpers (Fuse.createIndex, parseIndex, config, match, parseQuery, use) and an index made beforehand',
    edits: [
      {
        name: 'entry: the static helpers',
        before: `Fuse.createIndex = createIndex;
          Fuse.parseIndex = parseIndex;
          Fuse.config = Config;
          Fuse.match = function(pattern, text, options) {
            if (options && options.useTokenSearch) throw new Error(FUSE_MATCH_TOKEN_SEARCH_UNSUPPORTED);
            return createSearcher(pattern, {
              ...Config,
              ...options
            }).searchIn(text);
          };
          Fuse.parseQuery = parse;
          Fuse.use = function(...plugins) {
            plugins.forEach((plugin) => register(plugin));
          };`,
        after: '',
      },
      {
        name: 'Fuse.setCollection: no index passed in',
        before: `if (index && !(index instanceof FuseIndex)) throw new Error(INCORRECT_INDEX_TYPE);
          this._myIndex = index || createIndex(`,
        after: 'this._myIndex = createIndex(',
      },
    ],
    declarations: ['parseIndex', 'register', 'LogicalOperator', 'KeyType', 'isExpression', 'isPath', 'isLeaf', 'convertToExplicit', 'parse'],
  },
  {
    feature: 'searchers added with Fuse.use (none can be now: every query goes to BitapSearch)',
    edits: [{ name: 'Fuse._getSearcher: a BitapSearch', before: 'const searcher = createSearcher(query,', after: 'const searcher = new BitapSearch(query,' }],
    declarations: ['registeredSearchers', 'createSearcher'],
  },
  {
    feature: 'changing the list, and the index’s own API (add, remove, removeAt, getIndex, size, toJSON)',
    methods: {
      Fuse: ['add', 'remove', 'removeAt', 'getIndex'],
      FuseIndex: ['add', 'removeAt', 'removeAll', 'size', 'toJSON', 'getValueForItemAtKeyId'],
    },
  },
  {
    feature: 'lists of objects (keys)',
    edits: [
      { name: 'Config: no default getFn (it reads keys of objects)', before: 'getFn: get,', after: '' },
      { name: 'createIndex: no keys to set (an index starts with none)', before: 'myIndex.setKeys(keys.map(createKey));', after: '' },
      { name: 'FuseIndex.create: strings only', before: 'else for (let i = 0; i < len; i++) this.records[recordCount++] = this._createObjectRecord(this.docs[i], i);', after: '' },
      { name: 'Fuse constructor: no keys', before: 'this._keyStore = new KeyStore(this.options.keys);', after: '' },
      {
        name: 'Fuse.search: a list of strings',
        before: 'isString(this._docs[0]) ? this._searchStringList(query) : this._searchObjectList(query)',
        after: 'this._searchStringList(query)',
      },
      {
        name: 'Fuse.search with limit: a list of strings',
        before: `if (isString(this._docs[0])) this._searchStringList(query, {
            heap,
            ignoreFieldNorm
          });
          else this._searchObjectList(query, {
            heap,
            ignoreFieldNorm
          });`,
        after: 'this._searchStringList(query, { heap, ignoreFieldNorm });',
      },
    ],
    methods: { FuseIndex: ['setKeys', '_createObjectRecord'], Fuse: ['_normalizedKeys', '_searchObjectList', '_findMatches'] },
    declarations: ['hasOwn', 'KeyStore', 'createKey', 'createKeyPath', 'createKeyId', 'get'],
  },
  {
    feature: 'logical queries (an object as the query)',
    edits: [
      {
        name: 'Fuse.search: a string query',
        before: 'results = isString(query) ? this._searchStringList(query) : this._searchLogical(query);',
        after: 'results = this._searchStringList(query);',
      },
      { name: 'Fuse.search: the sort of a string query', before: 'results.sort(isString(query) ? stable : comparator);', after: 'results.sort(stable);' },
    ],
    methods: { Fuse: ['_searchLogical'] },
  },
  {
    feature: 'limit (a heap keeps the best results)',
    edits: [
      {
        name: 'Fuse.search: no heap, no limit',
        before: `const useHeap = shouldSort && isNumber(limit) && limit > 0 && isString(query);`,
        after: '',
      },
      {
        name: 'Fuse.search: the results without a heap',
        before: `let results;
          if (useHeap) {
            const heap = new MaxHeap(limit, stable);
            this._searchStringList(query, { heap, ignoreFieldNorm });
            results = heap.extractSorted();
          } else {
            results = this._searchStringList(query);
            computeScore(results, { ignoreFieldNorm });
            if (shouldSort) results.sort(stable);
            if (isNumber(limit) && limit > -1) results = results.slice(0, limit);
          }`,
        after: `const results = this._searchStringList(query);
          computeScore(results, { ignoreFieldNorm });
          if (shouldSort) results.sort(stable);`,
      },
      { name: 'Fuse._searchStringList: no heap', before: '_searchStringList(query, { heap, ignoreFieldNorm } = {}) {', after: '_searchStringList(query) {' },
      { name: 'Fuse._searchStringList: its results', before: 'const results = heap ? null : [];', after: 'const results = [];' },
      {
        name: 'Fuse._searchStringList: each result',
        before: `if (heap) {
            result.score = computeScoreSingle(result.matches, { ignoreFieldNorm });
            heap.insert(result);
          } else results.push(result);`,
        after: 'results.push(result);',
      },
    ],
    declarations: ['MaxHeap'],
  },
  {
    feature: 'token search and extended search (the basic build refuses both)',
    edits: [
      {
        name: 'Fuse constructor: refusing them',
        before: `if (this.options.useExtendedSearch && true) throw new Error(EXTENDED_SEARCH_UNAVAILABLE);
          if (this.options.useTokenSearch && true) throw new Error(TOKEN_SEARCH_UNAVAILABLE);`,
        after: '',
      },
      { name: 'Fuse constructor: no inverted index', before: 'this._invertedIndex = null;', after: '' },
      {
        name: 'Fuse.setCollection: no inverted index',
        before: `if (this.options.useTokenSearch) {
            const analyzer = createAnalyzer({
              isCaseSensitive: this.options.isCaseSensitive,
              ignoreDiacritics: this.options.ignoreDiacritics,
              tokenize: this.options.tokenize
            });
            this._invertedIndex = buildInvertedIndex(this._myIndex.records, this._myIndex.keys.length, analyzer);
          }`,
        after: '',
      },
      {
        name: 'Fuse._getSearcher: no inverted index',
        before: `this._invertedIndex ? {
            ...this.options,
            _invertedIndex: this._invertedIndex
          } : this.options`,
        after: 'this.options',
      },
      { name: 'Fuse._searchStringList: no tokens to cover', before: 'const requireAllTokens = this.options.useTokenSearch && this.options.tokenMatch === "all";', after: '' },
      {
        name: 'Fuse._searchStringList: no token counts',
        before: `if (requireAllTokens) {
            match.matchedMask = searchResult.matchedMask;
            match.matchedTerms = searchResult.matchedTerms;
            match.termCount = searchResult.termCount;
          }`,
        after: '',
      },
      {
        name: 'Fuse._searchStringList: every match is a result',
        before: `const matches = [match];
          if (!requireAllTokens || this._coversAllTokens(matches)) {
            const result = {
              item: text,
              idx,
              matches
            };
            results.push(result);
          }`,
        after: 'results.push({ item: text, idx, matches: [match] });',
      },
    ],
    methods: { Fuse: ['_coversAllTokens'] },
    declarations: [
      'DEFAULT_TOKEN', 'warned', 'warnNonGlobal', 'resolveTokenize', 'createAnalyzer',
      'addField', 'ingestRecord', 'buildInvertedIndex', 'addToInvertedIndex', 'removeFromInvertedIndex', 'removeAndShiftInvertedIndex',
    ],
  },
  {
    feature: 'includeMatches and minMatchCharLength (which letters match)',
    edits: [
      { name: 'search (bitap): no mask of matched letters', before: 'const computeMatches = minMatchCharLength > 1 || includeMatches;\nconst matchMask = computeMatches ? Array(textLen) : [];', after: '' },
      {
        name: 'search (bitap): the letters of exact matches',
        before: `if (computeMatches) {
            let i = 0;
            while (i < patternLen) {
              matchMask[index + i] = 1;
              i += 1;
            }
          }`,
        after: '',
      },
      {
        name: 'search (bitap): the letters of the best match',
        before: `if (computeMatches && bestLocation >= 0) {
            const matchEnd = Math.min(textLen - 1, bestLocation + patternLen - 1 + bestErrors);
            for (let k = bestLocation; k <= matchEnd; k += 1) if (patternAlphabet[text[k]]) matchMask[k] = 1;
          }`,
        after: '',
      },
      {
        name: 'search (bitap): the matched letters as indices',
        before: `if (computeMatches) {
            const indices = convertMaskToIndices(matchMask, minMatchCharLength);
            if (!indices.length) result.isMatch = false;
            else if (includeMatches) result.indices = indices;
          }`,
        after: '',
      },
      { name: 'BitapSearch.searchIn: an exact match’s indices', before: 'if (includeMatches) result.indices = [[0, text.length - 1]];', after: '' },
      { name: 'BitapSearch.searchIn: the indices', before: 'const allIndices = [];', after: '' },
      { name: 'BitapSearch.searchIn: each chunk’s indices', before: 'if (isMatch && indices) allIndices.push(...indices);', after: '' },
      { name: 'BitapSearch.searchIn: the indices merged', before: 'if (hasMatches && includeMatches) result.indices = mergeIndices(allIndices);', after: '' },
      { name: 'format: the matches', before: 'if (includeMatches) data.matches = formatMatches(result);', after: '' },
    ],
    declarations: ['convertMaskToIndices', 'mergeIndices', 'formatMatches'],
  },
  {
    feature: 'ignoreDiacritics (text-index.ts folds accents itself)',
    edits: [
      { name: 'BitapSearch constructor: the pattern', before: 'pattern = ignoreDiacritics ? stripDiacritics(pattern) : pattern;', after: '' },
      { name: 'BitapSearch.searchIn: the text', before: 'text = ignoreDiacritics ? stripDiacritics(text) : text;', after: '' },
    ],
    declarations: ['NON_DECOMPOSABLE_MAP', 'NON_DECOMPOSABLE_RE', 'stripDiacritics'],
  },
];

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const fail = (message: string): never => {
  throw new Error(`fuse-trim: ${message}. fuse.js changed? See the comment at the top of scripts/fuse-trim.ts.`);
};

function parse(code: string): Node {
  const { program, errors } = parseSync('fuse.basic.mjs', code);
  if (errors.length) fail(`the trimmed fuse.js does not parse: ${errors[0]!.message}`);
  return program as unknown as Node;
}

/** The names a top-level statement declares. */
function declared(statement: Node): string[] {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') return [(statement.id as Node & { name: string }).name];
  if (statement.type === 'VariableDeclaration') return (statement.declarations as Node[]).map((d) => ((d.id as Node).type === 'Identifier' ? (d.id as Node & { name: string }).name : ''));
  return [];
}

/** The class assigned to `var <name> = class { … }` at the top level. */
function classBody(program: Node, name: string): Node[] {
  const found = (program.body as Node[]).flatMap((statement) =>
    statement.type === 'VariableDeclaration' ? (statement.declarations as Node[]).filter((d) => (d.id as Node & { name?: string }).name === name && (d.init as Node | null)?.type === 'ClassExpression') : [],
  );
  if (found.length !== 1) fail(`class ${name}: expected \`var ${name} = class {…}\` once, found ${found.length}`);
  return ((found[0]!.init as Node).body as Node).body as Node[];
}

/** A method's or property's name, when it is written as a plain name. */
const keyName = (node: Node): string | undefined => (!node.computed && (node.key as Node).type === 'Identifier' ? ((node.key as Node & { name: string }).name) : undefined);

/** Every identifier that refers to a variable (not a property name), and every property name read with a dot. */
function names(program: Node): { variables: Set<string>; properties: Set<string> } {
  const variables = new Set<string>();
  const properties = new Set<string>();
  const visit = (node: unknown, parent?: Node, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, key));
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const current = node as Node & { name?: string };
    if (current.type === 'Identifier') {
      const isKey = (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && key === 'key' && !parent.computed && !parent.shorthand);
      if (isKey && parent?.type === 'MemberExpression') properties.add(current.name!);
      else if (!isKey) variables.add(current.name!);
      return;
    }
    for (const [childKey, value] of Object.entries(current)) if (childKey !== 'type' && typeof value === 'object') visit(value, current, childKey);
  };
  visit(program);
  return { variables, properties };
}

/** Where `edit.before` is in `code`: exactly its text, with any amount of whitespace where it has some. */
function locate(code: string, edit: Edit, feature: string): [number, number] {
  const pattern = new RegExp(edit.before.trim().split(/\s+/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const matches = [...code.matchAll(pattern)];
  if (matches.length !== 1) fail(`${feature}, edit "${edit.name}": expected its text once in fuse.js, found it ${matches.length} times`);
  return [matches[0]!.index, matches[0]!.index + matches[0]![0].length];
}

/** One feature's declarations and methods removed, and its edits made. */
function removeFeature(code: string, { feature, declarations = [], methods = {}, edits = [] }: Feature): string {
  const program = parse(code);
  const cuts: { start: number; end: number; text: string }[] = [];
  const remaining = new Set(declarations);
  for (const statement of program.body as Node[]) {
    const names = declared(statement);
    const removed = names.filter((name) => remaining.has(name));
    if (!removed.length) continue;
    if (removed.length !== names.length) fail(`${feature}: ${names.join(', ')} are declared together, and only ${removed.join(', ')} should go`);
    removed.forEach((name) => remaining.delete(name));
    cuts.push({ start: statement.start, end: statement.end, text: '' });
  }
  if (remaining.size) fail(`${feature}: no top-level ${[...remaining].join(', ')}`);
  for (const [className, names] of Object.entries(methods)) {
    const members = classBody(program, className);
    for (const method of names) {
      const found = members.filter((member) => member.type === 'MethodDefinition' && keyName(member) === method);
      if (found.length !== 1) fail(`${feature}: expected method ${className}.${method} once, found it ${found.length} times`);
      cuts.push({ start: found[0]!.start, end: found[0]!.end, text: '' });
    }
  }
  for (const edit of edits) {
    const [start, end] = locate(code, edit, feature);
    if (cuts.some((cut) => start < cut.end && cut.start < end)) fail(`${feature}, edit "${edit.name}": its text is in code removed whole`);
    cuts.push({ start, end, text: edit.after });
  }
  let out = code;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) {
    let { start, end } = cut;
    // What leaves a line empty takes the line.
    if (!cut.text) {
      while (start > 0 && (out[start - 1] === '\t' || out[start - 1] === ' ')) start--;
      if ((start === 0 || out[start - 1] === '\n') && out[end] === '\n') end++;
      else start = cut.start;
    }
    out = out.slice(0, start) + cut.text + out.slice(end);
  }
  return out;
}

/** fuse.basic.mjs without FEATURES. Throws, naming the feature and the edit, when fuse.js is not as the edits expect. */
export function trimFuse(code: string): string {
  const out = FEATURES.reduce(removeFeature, code);
  // Nothing left may name what went: a kept line that still did would fail only when it runs.
  // (Methods are checked by name, whatever the object: a kept `set.add(…)` would be reported as Fuse.add; then look.)
  const left = names(parse(out));
  const stillNamed = FEATURES.flatMap(({ declarations = [], methods = {} }) => [
    ...declarations.filter((name) => left.variables.has(name)),
    ...Object.entries(methods).flatMap(([className, names]) => names.filter((method) => left.properties.has(method)).map((method) => `${className}.${method}`)),
  ]);
  if (stillNamed.length) fail(`the trimmed fuse.js still names ${stillNamed.join(', ')}, which went`);
  return out;
}

export const FUSE_BASIC = /[\\/]fuse\.js[\\/]dist[\\/]fuse\.basic\.mjs$/;

export function fuseTrim(): Plugin {
  return {
    name: 't4g:fuse-trim',
    apply: 'build',
    transform(code, id) {
      if (!FUSE_BASIC.test(id)) return null;
      return { code: trimFuse(code), map: null };
    },
  };
}
