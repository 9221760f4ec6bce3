/** The command line, read by hand so that every mistake gets a sentence in plain words. */

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; files: string[]; json: boolean }
  | { kind: 'build'; inputs: string[]; output: string }
  | { kind: 'usage-error'; message: string };

export const USAGE = `t4g: check and combine Tech4Good Marketplace catalogue files

Usage:
  t4g validate FILE... [--json]
  t4g build FILE_OR_FOLDER... -o OUT.json
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
`;

const isOption = (arg: string) => arg.startsWith('-') && arg !== '-';

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v' || command === '-V') return { kind: 'version' };
  const optionsEnd = rest.indexOf('--');
  const options = optionsEnd < 0 ? rest : rest.slice(0, optionsEnd);
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  if (command === 'validate') return parseValidate(rest);
  if (command === 'build') return parseBuild(rest);
  if (isOption(command)) return { kind: 'usage-error', message: `unknown option \`${command}\`` };
  return { kind: 'usage-error', message: `unknown command \`${command}\`; the commands are validate and build` };
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
  const inputs: string[] = [];
  const outputs: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyFiles || !isOption(arg)) inputs.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '-o' || arg === '--output') {
      const value = args[++i];
      if (value === undefined || isOption(value)) return { kind: 'usage-error', message: `${arg} needs the name of the file to write, like ${arg} catalog/catalog.json` };
      outputs.push(value);
    } else if (arg.startsWith('--output=') || arg.startsWith('-o=')) {
      const value = arg.slice(arg.indexOf('=') + 1);
      if (!value) return { kind: 'usage-error', message: `${arg} needs the name of the file to write` };
      outputs.push(value);
    } else return { kind: 'usage-error', message: `unknown option \`${arg}\` for build` };
  }
  const [output, ...more] = outputs;
  if (output === undefined) return { kind: 'usage-error', message: 'build needs -o OUT.json: the file to write the combined catalogue to' };
  if (more.length > 0) return { kind: 'usage-error', message: 'build writes one file: give -o only once' };
  if (inputs.length === 0) return { kind: 'usage-error', message: 'build needs at least one file or folder to combine' };
  return { kind: 'build', inputs, output };
}
