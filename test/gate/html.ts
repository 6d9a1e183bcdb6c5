/**
 * HTML validation of every page of the built site with html-validate
 * (config: test/gate/htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlPages } from './site.ts';

export const HTML_VALIDATE_CONFIG = join(import.meta.dirname, 'htmlvalidate.json');

export interface HtmlProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
  selector: string | null;
}

export async function validateHtml(dir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const { $comment: _, ...config } = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData & { $comment?: string };
  const hv = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  const pages = htmlPages(dir);
  for (const p of pages) {
    const report = await hv.validateString(readFileSync(join(dir, p.file), 'utf8'), join(dir, p.file));
    for (const r of report.results) {
      for (const m of r.messages) problems.push({ page: p.path, line: m.line, rule: m.ruleId, message: m.message, selector: m.selector });
    }
  }
  return { pages: pages.length, problems };
}
