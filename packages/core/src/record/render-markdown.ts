/**
 * Renders a decision record's rationale as Markdown (CommonMark). Every piece of text from the
 * record is escaped, so a worker's words can never turn into markup, links or raw HTML.
 */
import type { DecisionRecord } from './decision-record.js';
import { composeRationale, type Rationale, type RationaleBlock, type RationaleEntry } from './rationale.js';

/**
 * The rationale of a sealed record as Markdown. Same record, same text, byte for byte.
 *
 * @example
 * writeFileSync('record.md', renderMarkdown(record));
 */
export function renderMarkdown(record: DecisionRecord): string {
  return renderRationaleMarkdown(composeRationale(record));
}

/** A composed rationale as Markdown (used for records and for assessments not yet decided). */
export function renderRationaleMarkdown(rationale: Rationale): string {
  const parts: string[] = [`# ${escapeHeading(rationale.title)}`];
  for (const section of rationale.sections) {
    parts.push(`## ${escapeHeading(section.heading)}`);
    for (const block of section.blocks) parts.push(...renderBlock(block));
  }
  return `${parts.join('\n\n')}\n`;
}

function renderBlock(block: RationaleBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeText(block.text)];
    case 'quote':
      return [block.paragraphs.map((p) => escapeText(p).replace(/^/gm, '> ')).join('\n>\n')];
    case 'fields':
      return [block.fields.map((f) => `- **${escapeInline(f.label)}:** ${escapeInline(f.value)}`).join('\n')];
    case 'entries':
      return block.entries.flatMap(renderEntry);
  }
}

function renderEntry(entry: RationaleEntry): string[] {
  const parts = [`### ${escapeHeading(entry.title)}`, ...entry.paragraphs.map(escapeText)];
  for (const list of entry.lists) {
    parts.push(`**${escapeInline(list.label)}**`);
    parts.push(list.items.map((item) => `- ${escapeLineStart(escapeInline(item))}`).join('\n'));
  }
  return parts;
}

/** Text that may span lines: each line escaped, line breaks kept as hard breaks. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => escapeLineStart(escapeInlineChars(line)))
    .join('\\\n');
}

/** Text for one line after a marker (a field value, a label): line breaks become spaces. */
function escapeInline(text: string): string {
  return escapeInlineChars(text.replace(/\s+/g, ' ').trim());
}

/** A heading's text: also keeps a trailing run of `#` from being read as a closing sequence. */
function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(^|\s)(#+)$/, '$1\\$2');
}

/**
 * Backslash-escapes the characters CommonMark (and GitHub's tables and strikethrough) give a
 * meaning inline, and an `&` that would start an entity.
 */
function escapeInlineChars(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Escapes what would open a block at the start of a line: a heading, a list item, a rule or a setext underline. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^([=-])(?=[=\-\s]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
