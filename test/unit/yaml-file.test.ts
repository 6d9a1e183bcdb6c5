/** The one YAML reader of the loaders (src/lib/yaml-file.ts): data, or problems naming file and path. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuePath, parseYamlAs, parseYamlDoc } from '../../src/lib/yaml-file.ts';
import type { Problem } from '../../src/lib/validate.ts';

const Schema = z.object({ id: z.string(), pasal: z.array(z.object({ num: z.string() })) });

describe('yaml-file', () => {
  it('writes a zod path as it reads in a message', () => {
    expect(issuePath(['pasal', 3, 'ayat', 0, 'text'])).toBe('pasal[3].ayat[0].text');
    expect(issuePath([0, 'id'])).toBe('[0].id');
    expect(issuePath([])).toBe('');
  });

  it('returns typed data for a valid file and no problem', () => {
    const problems: Problem[] = [];
    expect(parseYamlAs('id: a\npasal:\n  - num: "1"\n', 'x.yaml', Schema, problems)).toEqual({ id: 'a', pasal: [{ num: '1' }] });
    expect(problems).toEqual([]);
  });

  it('names the file and the path of each schema problem', () => {
    const problems: Problem[] = [];
    expect(parseYamlAs('id: a\npasal:\n  - num: 1\n', 'content/x.yaml', Schema, problems)).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/x.yaml', path: 'pasal[0].num' });
  });

  it('reports a YAML syntax error as a problem of the file, not a crash', () => {
    const problems: Problem[] = [];
    expect(parseYamlDoc('id: [a\n', 'rusak.yaml', problems)).toBeUndefined();
    expect(parseYamlAs('id: [a\n', 'rusak.yaml', Schema, problems)).toBeUndefined();
    expect(problems.map((p) => `${p.file}|${p.path}|${p.message.slice(0, 25)}`)).toEqual([
      'rusak.yaml||YAML tidak dapat dibaca: ',
      'rusak.yaml||YAML tidak dapat dibaca: ',
    ]);
  });

  it('an empty document is a document (null), which the schema then refuses', () => {
    const problems: Problem[] = [];
    expect(parseYamlDoc('', 'kosong.yaml', problems)).toBeNull();
    expect(problems).toEqual([]);
    expect(parseYamlAs('', 'kosong.yaml', Schema, problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'kosong.yaml', path: '' });
  });
});
