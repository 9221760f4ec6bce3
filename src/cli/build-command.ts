/**
 * `t4g build FILE_OR_DIR... -o OUT.json`: checks provider files and merges
 * them into one catalogue, written only when nothing is wrong.
 *
 * Each file is validated strictly on its own terms, except references: a
 * solution may name a city (or track) that another file defines. So each file
 * is validated with the entries of the other files appended after its own;
 * problems about its own entries (lower indices) are its problems, the rest
 * belong to the other files and are reported when their turn comes.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PathSegment } from '../catalog/problems.js';
import { validateCatalog } from '../catalog/validate.js';
import { type CatalogFile, LISTS, type ListKey, crossFileDuplicates, idOf, isCatalogShaped, listOf, ownProblem, withOthers } from '../catalog/check/cross-file.js';
import { type Located, byPosition, locate } from '../catalog/check/positions.js';
import { count, notJsonReason, problemLine, problemSummary } from './report.js';
import { type Source, checkCatalog } from '../catalog/check/source.js';
import { isStandardInput, loadSource, readError } from './source.js';

export interface BuildArgs {
  inputs: string[];
  output: string;
}

export function runBuild(args: BuildArgs, print: (...lines: string[]) => void): number {
  const { files, errors } = expandInputs(args.inputs, args.output);
  if (errors.length > 0 || files.length === 0) {
    for (const error of errors) print(error);
    if (files.length === 0 && errors.length === 0) print('there are no .json files to build from');
    print(`nothing written to ${args.output}`);
    return 2;
  }

  const sources: Source[] = [];
  const problems = new Map<Source, Located[]>();
  let unusable = false;
  for (const file of files) {
    const loaded = loadSource(file);
    if (loaded.status === 'unreadable') {
      print(`${loaded.file}: cannot read this file: ${loaded.reason}`);
      unusable = true;
    } else if (loaded.status === 'not-json') {
      print(problemLine(loaded.file, loaded.error), `${loaded.file}: ${notJsonReason(loaded.error)}, so nothing else was checked`);
      unusable = true;
    } else {
      sources.push(loaded.source);
      problems.set(loaded.source, [...loaded.duplicateKeys]);
    }
  }
  if (unusable) {
    print(`nothing written to ${args.output}: fix the files above first`);
    return 2;
  }

  const catalogs = sources.flatMap((source): CatalogFile[] => (isCatalogShaped(source.data) ? [{ source, data: source.data }] : []));
  for (const source of sources) {
    const mine = catalogs.find((c) => c.source === source);
    const checked = mine ? checkCatalog(source, withOthers(mine, catalogs), ownProblem(mine)) : checkCatalog(source);
    problems.get(source)!.push(...checked.problems);
  }
  for (const [source, found] of crossFileDuplicates(catalogs)) problems.get(source)!.push(...found);

  const total = [...problems.values()].reduce((sum, list) => sum + list.length, 0);
  if (total > 0) {
    let withProblems = 0;
    for (const source of sources) {
      const list = byPosition(problems.get(source)!);
      if (list.length === 0) continue;
      withProblems++;
      print(...list.map((p) => problemLine(source.file, p)), `${source.file}: ${problemSummary(list)}`);
    }
    print(`nothing written to ${args.output}: ${count(total, 'problem', 'problems')} in ${count(withProblems, 'file', 'files')}`);
    return 1;
  }

  const { catalog, origins } = merge(catalogs, args.output);
  // Should find nothing after the checks above; if it does, say where the entry came from.
  const after = validateCatalog(catalog, { strict: true }).problems;
  if (after.length > 0) {
    for (const problem of after) {
      const origin = origins.find(problem.path);
      print(problemLine(origin.source.file, locate(origin.source.text, origin.source.tree, { path: origin.path, message: problem.message })));
    }
    print(`nothing written to ${args.output}: the combined catalogue has ${count(after.length, 'problem', 'problems')}`);
    return 1;
  }

  try {
    mkdirSync(path.dirname(args.output), { recursive: true });
    writeFileSync(args.output, `${JSON.stringify(catalog, null, 2)}\n`);
  } catch (error) {
    print(`${args.output}: cannot write this file: ${readError(error)}`);
    return 2;
  }
  const solutions = (catalog.solutions as unknown[]).length;
  const cities = (catalog.cities as unknown[]).length;
  print(`wrote ${args.output}: ${count(solutions, 'solution', 'solutions')}, ${count(cities, 'city', 'cities')} from ${count(catalogs.length, 'file', 'files')}`);
  return 0;
}

/** Files named directly, and every `*.json` directly inside a folder (sorted), never the output itself. */
export function expandInputs(inputs: readonly string[], output: string): { files: string[]; errors: string[] } {
  const out = path.resolve(output);
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) files.push(file);
    seen.add(resolved);
  };
  for (const input of inputs) {
    // Not a name to look up: read as it comes.
    if (isStandardInput(input)) {
      add(input);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(input).isDirectory();
    } catch (error) {
      errors.push(`${input}: cannot read this file: ${readError(error)}`);
      continue;
    }
    if (!isFolder) {
      if (path.resolve(input) === out) errors.push(`${input}: this is also the output file; write the result somewhere else with -o`);
      else add(input);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(input)
        .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
        .map((name) => path.join(input, name))
        .filter((file) => path.resolve(file) !== out && isFile(file))
        .sort();
    } catch (error) {
      errors.push(`${input}: cannot read this folder: ${readError(error)}`);
      continue;
    }
    if (names.length === 0) errors.push(`${input}: this folder has no .json files`);
    names.forEach(add);
  }
  return { files, errors };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface Origin { source: Source; path: PathSegment[] }

/** Merges checked files; `origins.find` maps a path in the result back to the file it came from. */
function merge(catalogs: readonly CatalogFile[], output: string) {
  const entryOrigins: Record<ListKey, Origin[]> = { tracks: [], solutions: [], cities: [] };
  const lists: Record<ListKey, unknown[]> = { tracks: [], solutions: [], cities: [] };
  const trackIds = new Set<string>();
  for (const file of catalogs) {
    for (const key of LISTS) {
      listOf(file.data, key).forEach((entry, index) => {
        if (key === 'tracks') {
          const id = idOf(entry) ?? '';
          if (trackIds.has(id)) return; // identical to one already taken (checked before)
          trackIds.add(id);
        }
        lists[key].push(entry);
        entryOrigins[key].push({ source: file.source, path: [key, index] });
      });
    }
  }
  const titled = catalogs.find((c) => c.data.title !== undefined);
  const latest = catalogs.filter((c) => typeof c.data.updated === 'string')
    .reduce<CatalogFile | undefined>((best, c) => (!best || (c.data.updated as string) > (best.data.updated as string) ? c : best), undefined);
  const schemaFile = catalogs.find((c) => typeof c.data.$schema === 'string');

  const catalog: Record<string, unknown> = {};
  if (schemaFile) catalog.$schema = schemaFor(schemaFile.data.$schema as string, schemaFile.source.file, output);
  catalog.version = 1;
  if (titled) catalog.title = titled.data.title;
  if (latest) catalog.updated = latest.data.updated;
  if (catalogs.some((c) => Array.isArray(c.data.tracks))) catalog.tracks = lists.tracks;
  catalog.solutions = lists.solutions;
  catalog.cities = lists.cities;

  const fallback = catalogs[0]!.source;
  const find = (at: PathSegment[]): Origin => {
    const [key, index, ...rest] = at;
    if ((key === 'tracks' || key === 'solutions' || key === 'cities') && typeof index === 'number') {
      const origin = entryOrigins[key][index];
      if (origin) return { source: origin.source, path: [...origin.path, ...rest] };
    }
    const from = key === 'title' ? titled : key === 'updated' ? latest : key === '$schema' ? schemaFile : undefined;
    return { source: from?.source ?? fallback, path: at };
  };
  return { catalog, origins: { find } };
}

/** A relative `$schema` is rewritten so that it still points at the same file from the output's folder. */
function schemaFor(value: string, from: string, output: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return value;
  const target = path.resolve(path.dirname(from), value);
  const relative = path.relative(path.dirname(path.resolve(output)), target).split(path.sep).join('/');
  return relative.startsWith('../') || relative.startsWith('./') ? relative : `./${relative}`;
}
