/**
 * Validates an Akoma Ntoso export against the OASIS schema
 * (`../shared/akn/akomantoso30.xsd`, or SK_AKN_XSD_DIR), with xmllint compiled
 * to WebAssembly (the npm package xmllint-wasm), so no system tool is needed.
 * Returns undefined when the schema folder is absent: callers say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const AKN_XSD_DIR = resolve(process.env.SK_AKN_XSD_DIR ?? join(process.cwd(), '..', 'shared', 'akn'));

export interface AknValidation {
  valid: boolean;
  errors: string[];
}

let schemaFiles: { xsd: string; xml: string } | undefined;

/** Validates several files in one xmllint run (the schema is parsed once). Undefined when the schema folder is absent. */
export async function validateAknFiles(
  files: { fileName: string; contents: string }[],
  dir = AKN_XSD_DIR,
): Promise<AknValidation | undefined> {
  if (!existsSync(join(dir, 'akomantoso30.xsd'))) return undefined;
  schemaFiles ??= { xsd: readFileSync(join(dir, 'akomantoso30.xsd'), 'utf8'), xml: readFileSync(join(dir, 'xml.xsd'), 'utf8') };
  const r = await validateXML({
    xml: files,
    schema: [{ fileName: 'akomantoso30.xsd', contents: schemaFiles.xsd }],
    preload: [{ fileName: 'xml.xsd', contents: schemaFiles.xml }],
    maxMemoryPages: 8192,
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

export async function validateAkn(xml: string, fileName = 'peraturan.akn.xml', dir = AKN_XSD_DIR): Promise<AknValidation | undefined> {
  if (!existsSync(join(dir, 'akomantoso30.xsd'))) return undefined;
  schemaFiles ??= { xsd: readFileSync(join(dir, 'akomantoso30.xsd'), 'utf8'), xml: readFileSync(join(dir, 'xml.xsd'), 'utf8') };
  const r = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: 'akomantoso30.xsd', contents: schemaFiles.xsd }],
    preload: [{ fileName: 'xml.xsd', contents: schemaFiles.xml }],
    maxMemoryPages: 4096,
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}
