/**
 * Pagefind 1.6, the static-site peer (issue #18): its index is built ahead of
 * time, in Node, from the same catalogue, and the page searches it with
 * Pagefind's own browser runtime, which fetches only the index chunks and
 * result fragments a query needs (bench/peers/pagefind-page.mjs).
 *
 * One record per solution through the Node API's addCustomRecord: its text
 * is the fields our engine searches (name, tags, technologies, summary,
 * provider, cities, description), as sentences. Custom records take no field
 * weights (only HTML files do, through data-pagefind-weight), so Pagefind
 * ranks on the text as a whole; its `meta` carries the id and the name, which
 * `result.data()` returns.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { localized } from '../relevance-set.mjs';

/** A solution as Pagefind content: each field a sentence, so that words of two fields never run together. */
export function solutionText(solution, lang, cityNames) {
  return [
    localized(solution.name, lang),
    (solution.tags ?? []).join(', '),
    (solution.technologies ?? []).join(', '),
    localized(solution.summary, lang),
    solution.provider?.name ?? '',
    (solution.cities ?? []).map((id) => cityNames.get(id) ?? id).join(', '),
    localized(solution.description, lang),
  ]
    .filter(Boolean)
    .join('. ');
}

/** Bytes under a folder, every file. */
function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/**
 * Builds the Pagefind index of `catalog` in `lang` into `outDir` (replaced),
 * and says how long it took (creating the index to the last file written)
 * and how many bytes it wrote.
 */
export async function buildPagefind(catalog, lang, outDir) {
  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  const cityNames = new Map((catalog.cities ?? []).map((city) => [city.id, localized(city.name, lang)]));
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  // The service answers one request at a time anyway; a few in flight keep its pipe busy without queueing 100,000 promises.
  const inFlight = 64;
  for (let at = 0; at < catalog.solutions.length; at += inFlight) {
    const added = await Promise.all(
      catalog.solutions.slice(at, at + inFlight).map((solution) =>
        index.addCustomRecord({
          url: `/solutions/${solution.id}`,
          content: solutionText(solution, lang, cityNames),
          language: lang,
          meta: { title: localized(solution.name, lang), id: solution.id },
        }),
      ),
    );
    const failed = added.find((a) => a.errors.length);
    if (failed) throw new Error(`pagefind addCustomRecord: ${failed.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  const buildMs = performance.now() - started;
  await index.deleteIndex();
  return { buildMs, bytes: folderBytes(outDir), outDir };
}

/** Stops Pagefind's service (its binary), so that Node can exit. */
export const closePagefind = () => pagefind.close();
