/** Reading options the way every `t4g` command does: `--name value` or `--name=value`, and `--` before file names that start with a hyphen. */

export const isOption = (arg: string) => arg.startsWith('-') && arg !== '-';

/** Splits `args` into options with their values and positional arguments; `valued` names the options that take a value. */
export function readOptions(args: readonly string[], valued: readonly string[]): { options: [string, string | undefined][]; positional: string[]; missing?: string } {
  const options: [string, string | undefined][] = [];
  const positional: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyFiles || !isOption(arg)) positional.push(arg);
    else if (arg === '--') onlyFiles = true;
    else {
      const equals = arg.indexOf('=');
      const name = equals < 0 ? arg : arg.slice(0, equals);
      if (!valued.includes(name)) options.push([arg, undefined]);
      else if (equals >= 0) options.push([name, arg.slice(equals + 1)]);
      else {
        const value = args[i + 1];
        if (value === undefined || isOption(value)) return { options, positional, missing: name };
        options.push([name, value]);
        i++;
      }
    }
  }
  return { options, positional };
}
