// Notes for the reader: a code and values, worded in the reader's language from the one catalog.
import { describe, expect, it } from 'vitest';
import { isNote, NOTE_CODES, note, uniqueNotes } from '../../utils/analysis/notes';
import { translator } from '../../utils/i18n';
import { noteText } from '../../utils/ui/notes';

const values = { chars: 2_000_000, reason: 'HTTP 404', version: 'kb-1', more: 1234, shown: 8000, total: 12345 };

describe('notes', () => {
  it('every code reads as a sentence in both languages, every placeholder filled', () => {
    for (const code of NOTE_CODES) {
      for (const lang of ['en', 'ja'] as const) {
        const text = noteText(translator(lang), lang, note(code, values));
        expect(text, `${lang} ${code}`).not.toMatch(/[{}]/);
        // Japanese notes carry no English words of their own (values such as a reason may be English).
        if (lang === 'ja') expect(text.replace('HTTP 404', '').replace('kb-1', ''), code).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });

  it('numbers are grouped as the language writes them', () => {
    expect(noteText(translator('en'), 'en', note('pageTooLarge', { chars: 2_000_000 }))).toBe('Page too large: analysed the first 2,000,000 characters only.');
    expect(noteText(translator('ja'), 'ja', note('highlightFirst', { shown: 8000, total: 12345 }))).toContain('12,345件のうち最初の8,000件');
  });

  it('a stored or received note is checked: an old sentence, an unknown code or an odd value is not a note', () => {
    expect(isNote(note('kbFromMemory'))).toBe(true);
    expect(isNote('The knowledge base update was not loaded')).toBe(false);
    expect(isNote({ code: 'somethingElse' })).toBe(false);
    expect(isNote({ code: 'kbNotLoaded', values: { reason: { nested: true } } })).toBe(false);
  });

  it('repeats are dropped, order kept', () => {
    expect(
      uniqueNotes([note('lateSlower'), note('navLoop'), note('lateSlower'), note('pageTooLarge', { chars: 1 }), note('pageTooLarge', { chars: 2 })]),
    ).toEqual([note('lateSlower'), note('navLoop'), note('pageTooLarge', { chars: 1 }), note('pageTooLarge', { chars: 2 })]);
  });
});
