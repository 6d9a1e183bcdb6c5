/**
 * After the build, every open-data file is validated: each JSON against the
 * published JSON Schema (ajv), each Akoma Ntoso file against the OASIS schema
 * (xmllint-wasm, in batches so the schema is read once per batch). Any invalid
 * file fails the build with the regulation, the element and the reason; the
 * build script then removes dist/, so nothing half-made is shipped.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { AKN_XSD_DIR, validateAknFiles } from '../lib/export/akn-validate.ts';

/**
 * Akoma Ntoso files per xmllint run: each run reads the schema again (about 0.9 s here), each file
 * costs about 35 ms; 100 files (about 17 MB) fit easily in the run's memory. Measured at N = 50:
 * one file a run 47 s, 25 a run 2.7 s, 50 a run 2.3 s.
 */
const AKN_BATCH = 100;

export function validateExports(): AstroIntegration {
  return {
    name: 'sistem-kerja:validate-exports',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const data = join(out, 'data');
        if (!existsSync(data)) return;
        const problems: string[] = [];
        const schema = JSON.parse(readFileSync(join(data, 'schema', 'peraturan.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
        const files = readdirSync(data);
        for (const f of files.filter((x) => x.endsWith('.json'))) {
          if (!validate(JSON.parse(readFileSync(join(data, f), 'utf8')))) {
            for (const e of validate.errors ?? []) problems.push(`data/${f}: ${e.instancePath || '(akar)'}: ${e.message}`);
          }
        }
        const akn = files.filter((x) => x.endsWith('.akn.xml'));
        if (!existsSync(join(AKN_XSD_DIR, 'akomantoso30.xsd'))) {
          logger.warn(`Skema Akoma Ntoso tidak ditemukan di ${AKN_XSD_DIR}: ${akn.length} berkas AKN tidak divalidasi terhadap XSD.`);
        } else {
          for (let i = 0; i < akn.length; i += AKN_BATCH) {
            const batch = akn.slice(i, i + AKN_BATCH);
            const r = await validateAknFiles(batch.map((f) => ({ fileName: f, contents: readFileSync(join(data, f), 'utf8') })));
            if (r && !r.valid) for (const e of r.errors) problems.push(`data/${e}`);
          }
        }
        if (problems.length) {
          throw new Error(
            `Ekspor data terbuka tidak valid (${problems.length} masalah):\n${problems
              .slice(0, 50)
              .map((p) => `  ${p}`)
              .join('\n')}`,
          );
        }
        logger.info(
          `Data terbuka valid: ${files.filter((x) => x.endsWith('.json')).length} JSON (skema JSON), ${akn.length} Akoma Ntoso (skema OASIS).`,
        );
      },
    },
  };
}
