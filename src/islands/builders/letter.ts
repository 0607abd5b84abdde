/**
 * A message as each locale's writer composes it, before it becomes text: a greeting, paragraphs
 * of parts, and the closing lines. A part is one or more whole sentences, either the writer's own
 * or one the reader typed, and it is tagged with the move of the lesson it makes (`offer`, `out`,
 * …), so tests can take a move out and see its check fail, and the catalogue can say what is what.
 * `render` turns a letter into the text the reader edits. Pure: no React, no DOM.
 */
import { asSentence } from '../../lib/text.ts';
import type { Message } from './types.ts';

export interface Part {
  text: string;
  /** The move of the lesson this part makes, named like the check that looks for it. */
  move?: string;
  /** True when the reader typed it: it is theirs, capitalised and punctuated but never reworded. */
  typed?: boolean;
}

export interface Letter {
  /** The subject line, for an email; absent for a note or a chat message. */
  subject?: string;
  greeting: string;
  paragraphs: Part[][];
  /** The lines after the text: a sign-off and the reader's name, each on a line of its own. */
  closing: string[];
  /** The move the sign-off makes too, when it makes one ("Thanks again," thanks). */
  closingMove?: string;
  /**
   * `email`: greeting, paragraphs and closing separated by blank lines, the way an email or a
   * first message reads. `note`: one paragraph after the greeting's line and the closing lines
   * right after it, the way a contact request's short note is written.
   */
  layout: 'email' | 'note';
}

/** A sentence of the writer's own. */
export const own = (text: string, move?: string): Part => (move ? { text, move } : { text });

/** A sentence the reader typed, placed as a sentence; `undefined` when they left it empty. */
export function typed(text: string | undefined, locale: string, move?: string): Part | undefined {
  const placed = asSentence(text ?? '', locale);
  if (!placed) return undefined;
  return move ? { text: placed, move, typed: true } : { text: placed, typed: true };
}

/** The parts that are there, in order: a paragraph without its empty answers. */
export const parts = (...list: Array<Part | undefined | false | ''>): Part[] => list.filter((p): p is Part => !!p);

export function render(letter: Letter): Message {
  const paragraphs = letter.paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.map((part) => part.text).join(' '));
  const closing = letter.closing.filter((line) => line.trim()).join('\n');
  const body =
    letter.layout === 'note'
      ? [`${letter.greeting}\n${paragraphs.join(' ')}`, closing].filter(Boolean).join('\n')
      : [letter.greeting, ...paragraphs, closing].filter(Boolean).join('\n\n');
  return { subject: letter.subject ?? '', body };
}

/** The closing lines: the sign-off, then the name when the reader gave one. */
export function closing(signOff: string, name: string | undefined): string[] {
  const signature = (name ?? '').trim();
  return signature ? [signOff, signature] : [signOff];
}
