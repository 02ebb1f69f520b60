import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/safety/markup.js';

describe('escapeMarkup', () => {
  it('turns the five markup characters into entities', () => {
    expect(escapeMarkup(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });

  it('replaces characters XML forbids, keeping tab, newline and whole surrogate pairs', () => {
    expect(escapeMarkup('a\u0000b\u001bc\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
    expect(escapeMarkup('x\ud800y')).toBe('x\ufffdy');
    expect(escapeMarkup('x\udc00')).toBe('x\ufffd');
    expect(escapeMarkup('😀')).toBe('😀');
    expect(escapeMarkup('\uffff')).toBe('\ufffd');
  });
});
