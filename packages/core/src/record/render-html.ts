/**
 * Renders a decision record's rationale as a printable, standalone HTML document: no scripts, no
 * external resources, a print stylesheet, and every piece of text HTML-escaped.
 */
import type { DecisionRecord } from './decision-record.js';
import {
  composeRationale,
  type Rationale,
  type RationaleBlock,
  type RationaleEntry,
  type RationaleSection,
} from './rationale.js';

const STYLES = `
body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.45; margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 2rem; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid #b1b4b6; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
dl.fields { margin: 0 0 1rem; }
dl.fields div { display: flex; gap: 1rem; padding: 0.25rem 0; border-bottom: 1px solid #e5e5e5; }
dl.fields dt { font-weight: bold; flex: 0 0 14rem; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
ol.entries, ul.entries { list-style: none; padding: 0; margin: 0; }
ol.entries > li, ul.entries > li { border-left: 4px solid #b1b4b6; padding: 0 0 0.25rem 1rem; margin: 0 0 1rem; }
p.list-label { font-weight: bold; margin: 0.5rem 0 0.25rem; }
blockquote { margin: 0 0 1rem; padding: 0.25rem 1rem; border-left: 4px solid #1d70b8; background: #f3f2f1; }
footer { margin-top: 2rem; font-size: 0.9rem; }
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  ol.entries > li, ul.entries > li, dl.fields div, blockquote { break-inside: avoid; page-break-inside: avoid; }
  blockquote { background: none; }
  footer { break-before: auto; }
}
`;

/**
 * The rationale of a sealed record as a complete HTML document (`lang="en"`), ready to print.
 * Same record, same bytes.
 *
 * @example
 * reply.type('text/html').send(renderHtml(record));
 */
export function renderHtml(record: DecisionRecord): string {
  return renderRationaleHtml(composeRationale(record));
}

/** A composed rationale as a printable HTML document. */
export function renderRationaleHtml(rationale: Rationale): string {
  const main = rationale.sections.filter((s) => s.id !== 'record').map(renderSection);
  const footer = rationale.sections.filter((s) => s.id === 'record').map(renderSection);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(rationale.title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(rationale.title)}</h1></header>`,
    '<main>',
    ...main,
    '</main>',
    '<footer>',
    ...footer,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderSection(section: RationaleSection): string {
  const id = `section-${section.id}`;
  const body = section.blocks.map(renderBlock).join('\n');
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(section.heading)}</h2>\n${body}\n</section>`;
}

function renderBlock(block: RationaleBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text);
    case 'quote':
      return `<blockquote>\n${block.paragraphs.map(paragraph).join('\n')}\n</blockquote>`;
    case 'fields': {
      const rows = block.fields.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`);
      return `<dl class="fields">\n${rows.join('\n')}\n</dl>`;
    }
    case 'entries': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag} class="entries">\n${block.entries.map(renderEntry).join('\n')}\n</${tag}>`;
    }
  }
}

function renderEntry(entry: RationaleEntry): string {
  const parts = [`<li>`, `<h3>${escapeHtml(entry.title)}</h3>`, ...entry.paragraphs.map(paragraph)];
  for (const list of entry.lists) {
    parts.push(`<p class="list-label">${escapeHtml(list.label)}</p>`);
    parts.push(`<ul>\n${list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`);
  }
  parts.push('</li>');
  return parts.join('\n');
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>\n')}</p>`;
}

/** Escapes the five characters with a meaning in HTML text and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
