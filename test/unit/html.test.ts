/** The escape-by-default tagged template used for HTML built in TypeScript (src/lib/html.ts). */
import { describe, expect, it } from 'vitest';
import { gabungHtml, html, raw } from '../../src/lib/html.ts';

describe('html tagged template', () => {
  it('escapes interpolated text, in content and in attributes', () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    const out = html`<p title="${evil}">${evil}</p>`.toString();
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</p>',
    );
    expect(out).not.toContain('<img');
  });

  it('keeps nested html as markup, joins arrays and drops null, undefined and false', () => {
    const items = ['a<b', 'c'];
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${false}${null}${undefined}${0}`.toString();
    expect(out).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('raw is the only way to insert unescaped markup; gabungHtml escapes its separator', () => {
    expect(html`${raw('<br>')}`.toString()).toBe('<br>');
    expect(gabungHtml([html`<i>x</i>`, 'y<'], ' & ').toString()).toBe('<i>x</i> &amp; y&lt;');
  });
});
