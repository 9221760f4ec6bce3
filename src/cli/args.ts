/** The command line, read by hand so that every mistake gets a sentence in plain words. */
import { isOption, readOptions } from './options.js';
import { type RenderArgs, type SiteArgs, parseRender, parseSite } from './page-args.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; files: string[]; json: boolean }
  | { kind: 'build'; inputs: string[]; output: string }
  | ({ kind: 'render' } & RenderArgs)
  | ({ kind: 'site' } & SiteArgs)
  | { kind: 'usage-error'; message: string };

export const USAGE = `t4g: check and combine Tech4Good Marketplace catalogue files

Usage:
  t4g validate FILE... [--json]
  t4g build FILE_OR_FOLDER... -o OUT.json
  t4g render CATALOG [--element marketplace|city-directory|city-card] [--city ID]
             [--lang L] [--base-url URL] [--url-prefix P] [--city-url-prefix P]
  t4g site CATALOG --out DIR [--lang L]... [--base-url URL]
  t4g --help
  t4g --version

t4g validate FILE... [--json]
  Checks each catalogue file and lists every problem as
    FILE:LINE:COLUMN  PATH  MESSAGE
  (the line and column of the value concerned, and where it is in the
  catalogue, like solutions[3].summary.fr), then one summary line per file.
  --json     print the result as JSON instead
  Exit status: 0 all files are valid, 1 problems were found,
  2 a file could not be read or is not JSON.

t4g build FILE_OR_FOLDER... -o OUT.json
  Checks provider files and combines them into one catalogue. A folder means
  every .json file directly inside it, in name order (not the output file,
  not *.schema.json). A solution may refer to a city or track of another file.
  The result is written only when no file has a problem.
  -o, --output OUT.json   where to write the combined catalogue
  Exit status: 0 written, 1 problems were found (nothing written),
  2 a file could not be read or is not JSON, or the command is incomplete.

t4g render CATALOG [options]
  Prints the HTML to put inside an element, for readers without JavaScript
  and for search engines: headings, each solution (or city) with its name as
  a link, its summary, provider and tracks, and schema.org data as JSON-LD.
  Once the element's script runs, the widget replaces it on screen:
    <t4g-marketplace src="catalog.json"> …the output… </t4g-marketplace>
  Invalid entries are left out, each problem printed to stderr.
  --element E        marketplace (default), city-directory, or city-card
  --city ID          the city of --element city-card (implies it)
  --lang L           language of the text, like fr or de-AT (default en)
  --base-url URL     the page's address: links and schema.org URLs become
                     absolute (default: relative, like ?t4g-open=ID)
  --url-prefix P     the marketplace's url-prefix (default t4g-): a solution
                     links to ?{P}open=ID
  --city-url-prefix P  the directory's url-prefix (default t4g-city-): a city
                     links to ?{P without its last hyphen}=ID
  Exit status: 0 printed, 1 no such city, 2 the catalogue could not be read
  or is not a catalogue, or the command is incomplete.

t4g site CATALOG --out DIR [options]
  Writes a static marketplace site to DIR: index.html with the marketplace
  and the city directory, a page per solution (solutions/ID.html) and per
  city (cities/ID.html) readable without JavaScript, catalog.json (the
  valid entries), the t4g*.js bundles, and sitemap.xml when --base-url is
  given. All links are relative: DIR works from any folder of any host.
  -o, --out DIR      the folder to write (created; files in it are replaced)
  --lang L           a language of the site; repeat it (or write fr,de) for
                     several: one folder each (DIR/en/, DIR/fr/…), with
                     hreflang links between them (default en)
  --base-url URL     where DIR will be served, like https://example.org/t4g/:
                     canonical links, schema.org URLs and sitemap.xml
                     (written only with it: a sitemap needs full addresses)
  Exit status: 0 written, 2 the catalogue could not be read, or the
  command is incomplete.
`;


export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v' || command === '-V') return { kind: 'version' };
  const optionsEnd = rest.indexOf('--');
  const options = optionsEnd < 0 ? rest : rest.slice(0, optionsEnd);
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  if (command === 'validate') return parseValidate(rest);
  if (command === 'build') return parseBuild(rest);
  if (command === 'render') return parseRender(rest);
  if (command === 'site') return parseSite(rest);
  if (isOption(command)) return { kind: 'usage-error', message: `unknown option \`${command}\`` };
  return { kind: 'usage-error', message: `unknown command \`${command}\`; the commands are validate, build, render and site` };
}

function parseValidate(args: readonly string[]): Command {
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (const arg of args) {
    if (onlyFiles || !isOption(arg)) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else return { kind: 'usage-error', message: `unknown option \`${arg}\` for validate` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'validate needs at least one file to check' };
  return { kind: 'validate', files, json };
}

function parseBuild(args: readonly string[]): Command {
  const { options, positional: inputs, missing } = readOptions(args, ['-o', '--output']);
  if (missing) return { kind: 'usage-error', message: `${missing} needs the name of the file to write, like ${missing} catalog/catalog.json` };
  const outputs: string[] = [];
  for (const [name, value] of options) {
    if (value === undefined) return { kind: 'usage-error', message: `unknown option \`${name}\` for build` };
    if (!value) return { kind: 'usage-error', message: `${name}= needs the name of the file to write` };
    outputs.push(value);
  }
  const [output, ...more] = outputs;
  if (output === undefined) return { kind: 'usage-error', message: 'build needs -o OUT.json: the file to write the combined catalogue to' };
  if (more.length > 0) return { kind: 'usage-error', message: 'build writes one file: give -o only once' };
  if (inputs.length === 0) return { kind: 'usage-error', message: 'build needs at least one file or folder to combine' };
  return { kind: 'build', inputs, output };
}
