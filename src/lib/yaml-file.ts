/**
 * One way to read a YAML data file: parse it, check it against its zod
 * schema, and turn every failure into a Problem that names the file, the path
 * inside it and what is wrong (in Indonesian, like every content message).
 * The loaders (regulations, figures, checker rules, decks, comparison data)
 * all go through here; they add the checks a schema cannot say.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './validate.ts';

/** A zod issue path as it reads in a message: `pasal[3].ayat[0].text`. */
export const issuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');

/** Every issue of a failed zod parse as a Problem of `file`. */
export const zodProblems = (file: string, error: z.ZodError): Problem[] =>
  error.issues.map((i) => ({ file, path: issuePath(i.path), message: i.message }));

/** Marks "could not be read": a YAML document can itself be null or undefined. */
const FAILED = Symbol('yaml-file: tidak terbaca');

/** Parses YAML text; a syntax error becomes a problem of `file` and the result FAILED. */
function parseText(text: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    problems.push({ file, path: '', message: `YAML tidak dapat dibaca: ${(e as Error).message}` });
    return FAILED;
  }
}

/** YAML text as a document, or undefined after pushing the syntax error to `problems`. */
export function parseYamlDoc(text: string, file: string, problems: Problem[]): unknown {
  const doc = parseText(text, file, problems);
  return doc === FAILED ? undefined : doc;
}

/** The project-relative name of a file, for messages. */
export const fileLabel = (path: string): string => relative(process.cwd(), path);

/**
 * YAML text checked against `schema`: the typed data, or undefined after
 * pushing the problems (syntax error or schema issues) to `problems`.
 */
export function parseYamlAs<S extends z.ZodType>(text: string, file: string, schema: S, problems: Problem[]): z.output<S> | undefined {
  const doc = parseText(text, file, problems);
  if (doc === FAILED) return undefined;
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return undefined;
  }
  return parsed.data;
}

/** The YAML file at `path` checked against `schema` (see parseYamlAs); messages name it relative to the project. */
export function readYamlAs<S extends z.ZodType>(
  path: string,
  schema: S,
  problems: Problem[],
  file = fileLabel(path),
): z.output<S> | undefined {
  return parseYamlAs(readFileSync(path, 'utf8'), file, schema, problems);
}
