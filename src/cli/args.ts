/** The command line, read by hand so that every mistake gets a sentence in plain words. */
import { isOption, readOptions } from './options.js';
import { INIT_FILE, type InitArgs } from './init-command.js';
import type { PreviewArgs } from './preview-command.js';
import { type RenderArgs, type SiteArgs, parseRender, parseSite } from './page-args.js';
import type { ReportFormat, ValidateArgs } from './validate-command.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'validate' } & ValidateArgs)
  | ({ kind: 'init' } & InitArgs)
  | { kind: 'build'; inputs: string[]; output: string }
  | ({ kind: 'render' } & RenderArgs)
  | ({ kind: 'site' } & SiteArgs)
  | ({ kind: 'preview' } & PreviewArgs)
  | { kind: 'usage-error'; message: string };

export const USAGE = `t4g: check and combine Tech4Good Marketplace catalogue files

Usage:
  t4g validate FILE... [--against CATALOG] [--format text|json|github]
  t4g init [FILE] [--force]
  t4g build FILE_OR_FOLDER... -o OUT.json
  t4g render CATALOG [--element marketplace|city-directory|city-card] [--city ID]
             [--lang L] [--base-url URL] [--url-prefix P] [--city-url-prefix P]
  t4g site CATALOG --out DIR [--lang L]... [--base-url URL]
  t4g preview FILE [--against CATALOG] [--port N]
  t4g --help
  t4g --version

t4g validate FILE... [--against CATALOG] [--format text|json|github]
  Checks each catalogue file and lists every problem as
    FILE:LINE:COLUMN  PATH  MESSAGE
  (the line and column of the value concerned, and where it is in the
  catalogue, like solutions[3].summary.fr), then one summary line per file.
  A reference to an id that does not exist gets the closest id of its kind
  (city \`portoo\` does not exist … (did you mean \`porto\`?)); one to an
  entry left out for an error of its own gives that error's line.
  Warnings (the line says "warning:") do not make a file invalid:
  - a reference that cannot be checked: without --against, a solution's
    city ids when the file lists no cities, and a best practice's solution
    ids when it lists no solutions (track ids are always checked: against
    the file's tracks, or the ICC's when it lists none);
  - a file larger than the widgets load by default (max-bytes, 20 MB).
  --against CATALOG  the published catalogue the file will join, a file or
             an http(s) address: references may name its entries (and are
             errors when neither has them), and an id it already uses is a
             problem. It must be readable JSON with "version": 1; its own
             problems are not reported. An address has 30 seconds to
             answer, then gives up only after 30 seconds without
             anything (a slow but steady download goes on; the
             environment variable T4G_AGAINST_TIMEOUT=SECONDS changes
             them).
  --format text|json|github
             text (default); json, the files and their problems, each with
             its "severity" (error or warning) and "type" (schema,
             unknown-reference, duplicate-id, unchecked-reference, too-large…);
             github, one ::error or ::warning line per problem, which a
             GitHub Actions check shows on the line concerned
  --json     the same as --format json
  Exit status: 0 no file has errors (warnings allowed), 1 problems were
  found, 2 a file (or the --against catalogue) could not be read or is not
  JSON. Every command reads a catalogue from a file, or from standard input
  given as - (or /dev/stdin), like cat FILE | t4g validate -; at most
  100 MB of it, and not from a folder, a device or a named pipe.

t4g init [FILE] [--force]
  Writes a starter catalogue to FILE (default my-catalogue.json): one
  solution and one city with every field and an example value, valid as it
  is. Replace the examples, delete the fields you do not need, validate.
  -f, --force  replace FILE if it exists (otherwise it is left alone)
  Exit status: 0 written, 1 FILE exists (nothing written), 2 it could not
  be written.

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
  --base-url URL     where DIR will be served, like https://example.org/t4g/
                     (a folder's address: no ?query, no #fragment):
                     canonical links, schema.org URLs and sitemap.xml
                     (written only with it: a sitemap needs full addresses)
  An image path that is missing, not a file, or would land outside DIR is
  reported and not copied.
  Exit status: 0 written, 2 the catalogue could not be read, the site
  could not be written (a file where a folder must go, a full disk), or
  the command is incomplete.

t4g preview FILE [--against CATALOG] [--port N]
  Serves the providers' workshop on this computer (http://127.0.0.1:PORT/)
  with FILE in its editor: every problem where it is, and the preview of
  each solution and city as the widgets show it. FILE is read again at each
  reload; save what you edit there with "Download". Ctrl+C stops it.
  --against CATALOG  the published catalogue (a file or an http(s) address):
                     references and ids are checked against it
  --port N           the port (default 4173; 0: any free one)
  Exit status: 0 stopped, 2 FILE could not be read, or the port is taken.
`;


export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v' || command === '-V') return { kind: 'version' };
  const optionsEnd = rest.indexOf('--');
  const options = optionsEnd < 0 ? rest : rest.slice(0, optionsEnd);
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  if (command === 'validate') return parseValidate(rest);
  if (command === 'init') return parseInit(rest);
  if (command === 'build') return parseBuild(rest);
  if (command === 'render') return parseRender(rest);
  if (command === 'site') return parseSite(rest);
  if (command === 'preview') return parsePreview(rest);
  if (isOption(command)) return { kind: 'usage-error', message: `unknown option \`${command}\`` };
  return { kind: 'usage-error', message: `unknown command \`${command}\`; the commands are validate, init, build, render, site and preview` };
}

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

function parseValidate(args: readonly string[]): Command {
  const { options, positional: files, missing } = readOptions(args, ['--against', '--format']);
  if (missing === '--against') return { kind: 'usage-error', message: '--against needs the published catalogue, a file or an address like https://example.org/catalog.json' };
  if (missing) return { kind: 'usage-error', message: `${missing} needs text, json or github` };
  let format: ReportFormat = 'text';
  let against: string | undefined;
  for (const [name, value] of options) {
    if (name === '--json') format = 'json';
    else if (name === '--format') {
      if (!FORMATS.includes(value as ReportFormat)) return { kind: 'usage-error', message: `--format is text, json or github, not \`${value}\`` };
      format = value as ReportFormat;
    } else if (name === '--against') {
      if (!value) return { kind: 'usage-error', message: '--against= needs the published catalogue' };
      if (against !== undefined) return { kind: 'usage-error', message: 'give --against only once' };
      against = value;
    } else return { kind: 'usage-error', message: `unknown option \`${name}\` for validate` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'validate needs at least one file to check' };
  return { kind: 'validate', files, format, ...(against !== undefined && { against }) };
}

function parsePreview(args: readonly string[]): Command {
  const { options, positional, missing } = readOptions(args, ['--against', '--port']);
  if (missing) return { kind: 'usage-error', message: missing === '--port' ? '--port needs a number, like --port 4173' : '--against needs the published catalogue, a file or an address' };
  let port = 4173;
  let against: string | undefined;
  for (const [name, value] of options) {
    if (name === '--against' && value) against = value;
    else if (name === '--port' && /^\d{1,5}$/.test(value ?? '') && Number(value) < 65536) port = Number(value);
    else if (name === '--port') return { kind: 'usage-error', message: `--port is a number from 0 to 65535, not \`${value}\`` };
    else return { kind: 'usage-error', message: `unknown option \`${name}\` for preview` };
  }
  if (positional.length !== 1) return { kind: 'usage-error', message: 'preview needs one file, like t4g preview my-catalogue.json' };
  return { kind: 'preview', file: positional[0]!, port, ...(against !== undefined && { against }) };
}

function parseInit(args: readonly string[]): Command {
  const { options, positional } = readOptions(args, []);
  let force = false;
  for (const [name] of options) {
    if (name === '--force' || name === '-f') force = true;
    else return { kind: 'usage-error', message: `unknown option \`${name}\` for init` };
  }
  if (positional.length > 1) return { kind: 'usage-error', message: 'init writes one file: give at most one name' };
  return { kind: 'init', file: positional[0] ?? INIT_FILE, force };
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
