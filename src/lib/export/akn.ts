/**
 * One regulation as Akoma Ntoso 3.0 (OASIS LegalDocML), for JDIH systems and
 * legal-informatics tools: FRBR metadata with an ELI-like work URI
 * (`/akn/id/act/perbup/klaten/2024/34`), preface and preamble, the body with
 * `eId`s equal to the site's ids, the Lampiran as an attachment whose tables
 * are tables, figure placeholders, and the editorial notes in the metadata as
 * the editor's notes (`source="#sistemkerja"`), placed beside their provision
 * with `placementBase` and never inside the law text.
 *
 * Validated against the OASIS schema in the tests (xmllint) and at build time.
 */
import type { BodyNode, EditorialNote, LampiranBlock, Regulation } from '../schema/regulation.ts';
import { buildView } from '../regulation-view.ts';
import { bodyLabel } from '../provisions.ts';
import { childId } from '../ids.ts';
import { noteKindLabel, noteLine } from '../notes.ts';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Characters XML 1.0 forbids are dropped (the law text holds none; this guards the export). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes or allows
const clean = (s: string) => esc(s.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));

/** "perbup" / "perwali": the subtype used in the work URI. */
export const aknSubtype = (reg: Regulation): string => reg.meta.singkatan.toLowerCase();
/** "/akn/id/act/perbup/klaten/2024/34". */
export function workUri(reg: Regulation): string {
  return `/akn/id/act/${aknSubtype(reg)}/${reg.slug}/${reg.meta.tahun}/${encodeURIComponent(reg.meta.nomor.toLowerCase())}`;
}

const ELEMENT: Record<BodyNode['kind'], string> = {
  bab: 'chapter',
  bagian: 'section',
  paragraf: 'subsection',
  pasal: 'article',
  ayat: 'paragraph',
  huruf: 'point',
  angka: 'point',
  teks: 'hcontainer',
};

function bodyXml(nodes: BodyNode[], parentId: string | undefined, indent: string): string {
  let teks = 0;
  return nodes
    .map((n) => {
      if (n.kind === 'teks') teks += 1;
      const id = childId(parentId, n, teks);
      const el = ELEMENT[n.kind];
      const name = n.kind === 'teks' ? ' name="kalimat"' : n.kind === 'huruf' || n.kind === 'angka' ? ` class="${n.kind}"` : '';
      const label = bodyLabel(n);
      const head = [
        label ? `${indent}  <num>${clean(label)}</num>` : '',
        n.heading ? `${indent}  <heading>${clean(n.heading)}</heading>` : '',
      ].filter(Boolean);
      const p = (t: string) =>
        `<p>${n.term && t.startsWith(n.term) ? `<def refersTo="#${termId(n.term)}">${clean(n.term)}</def>${clean(t.slice(n.term.length))}` : clean(t)}</p>`;
      let inner: string;
      if (n.children?.length) {
        inner = [n.text ? `${indent}  <intro>${p(n.text)}</intro>` : '', bodyXml(n.children, id, `${indent}  `)].filter(Boolean).join('\n');
      } else {
        inner = `${indent}  <content>${n.text ? p(n.text) : '<p/>'}</content>`;
      }
      return `${indent}<${el} eId="${id}"${name}>\n${[...head, inner].join('\n')}\n${indent}</${el}>`;
    })
    .join('\n');
}

const termId = (term: string) =>
  `istilah-${term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

function blockXml(b: LampiranBlock, indent: string): string {
  const num = (label?: string) => (label ? `<num>${clean(label)}</num>` : '');
  switch (b.type) {
    case 'heading':
      return `${indent}<blockContainer eId="${b.id}" class="judul judul-${b.level}">${num(b.label)}<p class="judul">${clean(b.text)}</p></blockContainer>`;
    case 'para':
      return `${indent}<blockContainer eId="${b.id}" class="paragraf kedalaman-${b.depth}${b.bullet ? ' butir' : ''}">${num(b.label)}<p>${clean(b.text)}</p></blockContainer>`;
    case 'figure':
      // The drawing did not survive in the source: a placeholder with the Gambar number, its mark ("." or none) and caption as printed.
      return `${indent}<blockContainer eId="${b.id}" class="gambar">${b.gambar ? `<num>Gambar ${clean(b.gambar)}${clean(b.tanda ?? '')}</num>` : ''}<p>${clean(b.caption)}</p></blockContainer>`;
    case 'table': {
      const rows = b.rows
        .map(
          (r, i) =>
            `${indent}  <tr>${r.map((c) => (i < b.headerRows ? `<th><p>${clean(c)}</p></th>` : `<td><p>${clean(c)}</p></td>`)).join('')}</tr>`,
        )
        .join('\n');
      return `${indent}<table eId="${b.id}">\n${rows}\n${indent}</table>`;
    }
    case 'letter':
      return `${indent}<blockContainer eId="${b.id}" class="format-surat">${num(b.label)}<heading>${clean(b.title)}</heading>${b.lines.map((l) => `<p>${clean(l)}</p>`).join('')}</blockContainer>`;
    case 'lines':
      return `${indent}<blockContainer eId="${b.id}" class="baris ${b.role}">${b.lines.map((l) => `<p>${clean(l)}</p>`).join('')}</blockContainer>`;
  }
}

function noteXml(n: EditorialNote, i: number, citation: string): string {
  return `      <note eId="catatan-${i + 1}" class="${n.jenis}" placement="side" placementBase="#${n.target}" marker="${i + 1}"><p>${clean(`${noteKindLabel(n.jenis)} (${citation}). ${noteLine(n)}`)}</p></note>`;
}

export interface AknOptions {
  /** Date the file was generated (YYYY-MM-DD): the manifestation date. Fixed per build for reproducibility. */
  generated: string;
}

export function exportAkn(reg: Regulation, opts: AknOptions): string {
  const view = buildView(reg);
  const m = reg.meta;
  const work = workUri(reg);
  const expr = `${work}/ind@${m.diundangkan.tanggal}`;
  const manif = `${expr}/!main.xml`;
  const author = `#${reg.slug}-pembentuk`;
  const terms = [...new Map(view.provisions.filter((p) => p.node?.term).map((p) => [termId(p.node!.term!), p.node!.term!])).entries()];
  const lampiran = reg.lampiran
    .map((l) =>
      [
        `    <attachment eId="${l.id}">`,
        `      <doc name="lampiran">`,
        `        <meta>`,
        `          <identification source="#sistemkerja">`,
        `            <FRBRWork><FRBRthis value="${work}/!${l.id}"/><FRBRuri value="${work}"/><FRBRdate date="${m.ditetapkan.tanggal}" name="penetapan"/><FRBRauthor href="${author}"/><FRBRcountry value="id"/></FRBRWork>`,
        `            <FRBRExpression><FRBRthis value="${expr}/!${l.id}"/><FRBRuri value="${expr}"/><FRBRdate date="${m.diundangkan.tanggal}" name="pengundangan"/><FRBRauthor href="${author}"/><FRBRlanguage language="ind"/></FRBRExpression>`,
        `            <FRBRManifestation><FRBRthis value="${expr}/!${l.id}.xml"/><FRBRuri value="${manif}"/><FRBRdate date="${opts.generated}" name="pembuatan"/><FRBRauthor href="#sistemkerja"/></FRBRManifestation>`,
        `          </identification>`,
        `        </meta>`,
        `        <preface>${l.header.map((h) => `<p class="kepala-lampiran">${clean(h)}</p>`).join('')}</preface>`,
        `        <mainBody>`,
        ...l.blocks.map((b) => blockXml(b, '          ')),
        `        </mainBody>`,
        `      </doc>`,
        `    </attachment>`,
      ].join('\n'),
    )
    .join('\n');
  const notes = reg.catatan.map((n, i) => noteXml(n, i, view.citation(n.target)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${AKN_NS}">`,
    `  <act name="${aknSubtype(reg)}" contains="originalVersion">`,
    `    <meta>`,
    `      <identification source="#sistemkerja">`,
    `        <FRBRWork>`,
    `          <FRBRthis value="${work}/!main"/>`,
    `          <FRBRuri value="${work}"/>`,
    `          <FRBRalias value="${clean(view.title)}" name="judul"/>`,
    `          <FRBRdate date="${m.ditetapkan.tanggal}" name="penetapan"/>`,
    `          <FRBRauthor href="${author}" as="#pembentuk"/>`,
    `          <FRBRcountry value="id"/>`,
    `          <FRBRsubtype value="${aknSubtype(reg)}"/>`,
    `          <FRBRnumber value="${clean(m.nomor)}"/>`,
    `          <FRBRname value="${clean(m.jenis)}"/>`,
    `        </FRBRWork>`,
    `        <FRBRExpression>`,
    `          <FRBRthis value="${expr}/!main"/>`,
    `          <FRBRuri value="${expr}"/>`,
    `          <FRBRdate date="${m.diundangkan.tanggal}" name="pengundangan"/>`,
    `          <FRBRauthor href="${author}" as="#pembentuk"/>`,
    `          <FRBRlanguage language="ind"/>`,
    `        </FRBRExpression>`,
    `        <FRBRManifestation>`,
    `          <FRBRthis value="${manif}"/>`,
    `          <FRBRuri value="${expr}.akn"/>`,
    `          <FRBRdate date="${opts.generated}" name="pembuatan"/>`,
    `          <FRBRauthor href="#sistemkerja" as="#penyunting"/>`,
    `        </FRBRManifestation>`,
    `      </identification>`,
    `      <publication date="${m.diundangkan.tanggal}" name="${clean(m.sumber)}" showAs="${clean(m.sumber)}"/>`,
    `      <lifecycle source="#sistemkerja">`,
    `        <eventRef eId="peristiwa-penetapan" date="${m.ditetapkan.tanggal}" source="#dokumen-asli" type="generation"/>`,
    `      </lifecycle>`,
    `      <references source="#sistemkerja">`,
    `        <original eId="dokumen-asli" href="${expr}" showAs="${clean(m.sumber)}"/>`,
    `        <TLCOrganization eId="sistemkerja" href="/ontology/organization/id/sistemkerja" showAs="Sistem Kerja (penyunting situs)"/>`,
    `        <TLCOrganization eId="${reg.slug}-pembentuk" href="/ontology/organization/id/${reg.slug}" showAs="${clean(m.daerah.teu)}"/>`,
    `        <TLCRole eId="pembentuk" href="/ontology/role/id/pembentuk" showAs="Pembentuk peraturan"/>`,
    `        <TLCRole eId="penyunting" href="/ontology/role/id/penyunting" showAs="Penyunting (catatan editorial)"/>`,
    ...terms.map(([id, t]) => `        <TLCTerm eId="${id}" href="/ontology/term/id/${id}" showAs="${clean(t)}"/>`),
    `      </references>`,
    ...(notes.length ? [`      <notes source="#sistemkerja">`, ...notes, `      </notes>`] : []),
    `    </meta>`,
    `    <preface>`,
    ...reg.pembukaan.map((l) => `      <p class="pembukaan">${clean(l)}</p>`),
    `    </preface>`,
    `    <preamble>`,
    `      <recitals eId="menimbang">`,
    `        <intro><p>${clean(reg.judulMenimbang)}</p></intro>`,
    ...reg.menimbang.map(
      (k) => `        <recital eId="menimbang__huruf-${k.label}"><num>${clean(k.label)}.</num><p>${clean(k.text)}</p></recital>`,
    ),
    `      </recitals>`,
    `      <citations eId="mengingat">`,
    `        <intro><p>${clean(reg.judulMengingat)}</p></intro>`,
    ...reg.mengingat.map(
      (k) => `        <citation eId="mengingat__angka-${k.label}"><num>${clean(k.label)}.</num><p>${clean(k.text)}</p></citation>`,
    ),
    `      </citations>`,
    `      <formula eId="diktum" name="enactingFormula">${reg.diktum.map((d) => `<p>${clean(d)}</p>`).join('')}</formula>`,
    `    </preamble>`,
    `    <body>`,
    bodyXml(reg.batangTubuh, undefined, '      '),
    `    </body>`,
    `    <conclusions eId="penutup">`,
    ...reg.penutup.map((l) => `      <p>${clean(l)}</p>`),
    `    </conclusions>`,
    ...(reg.lampiran.length ? [`    <attachments>`, lampiran, `    </attachments>`] : []),
    `  </act>`,
    `</akomaNtoso>`,
    '',
  ].join('\n');
}
