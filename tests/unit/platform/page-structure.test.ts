// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS } from '../../../domain/page-snapshot';
import { readPageStructure } from '../../../platform/page-structure';

const fakeLocation = (url: string) => new URL(url) as unknown as Location;

describe('readPageStructure', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('reads URL without query or hash, title, headings, labels and ids', () => {
    document.title = 'Oppfølgingsplan';
    document.body.innerHTML = `
      <h1>Kari Eksempel</h1><h2>Arbeidsoppgaver</h2><h4>not read</h4>
      <label for="typiskArbeidshverdag">Hvordan ser en vanlig arbeidsdag ut?</label>
      <textarea id="typiskArbeidshverdag"></textarea><textarea id="typiskArbeidshverdag" hidden></textarea>
      <input type="hidden" name="csrf"><input aria-label="Søk" name="q">`;
    const snapshot = readPageStructure(
      document,
      fakeLocation('https://www.nav.no/syk/oppfolgingsplan/x/ny-plan?a=1#b'),
    );
    expect(snapshot).toEqual({
      url: 'https://www.nav.no/syk/oppfolgingsplan/x/ny-plan',
      title: 'Oppfølgingsplan',
      headings: [
        { level: 1, text: 'Kari Eksempel' },
        { level: 2, text: 'Arbeidsoppgaver' },
      ],
      fields: [
        { id: 'typiskArbeidshverdag', name: '', label: 'Hvordan ser en vanlig arbeidsdag ut?', tag: 'textarea' },
        { id: '', name: 'q', label: 'Søk', tag: 'input' },
      ],
    });
  });

  it('never reads a field value', () => {
    document.body.innerHTML =
      '<label for="a">A</label><input id="a"><textarea id="b"></textarea><select id="c"></select>';
    let reads = 0;
    for (const element of document.querySelectorAll('input, textarea, select')) {
      Object.defineProperty(element, 'value', {
        get() {
          reads += 1;
          return 'secret';
        },
      });
    }
    readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(reads).toBe(0);
  });

  it('masks national ID numbers in titles, headings, labels and the URL', () => {
    document.title = 'Journal 12345678901';
    document.body.innerHTML = '<h1>Pasient 123456 78901</h1><label for="x">Fnr 12345678901</label><input id="x">';
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/12345678901'));
    expect(JSON.stringify(snapshot)).not.toMatch(/\d{6}\s?\d{5}/);
    expect(snapshot.title).toBe('Journal ***********');
  });

  it('caps what it reads on a huge page', () => {
    const huge = 'x'.repeat(100_000);
    document.body.innerHTML = `${'<h2>Overskrift</h2>'.repeat(500)}${`<label>${huge}<input name="f"></label>`.repeat(2000)}`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.headings).toHaveLength(SNAPSHOT_LIMITS.headings);
    expect(snapshot.fields).toHaveLength(SNAPSHOT_LIMITS.fields);
    expect(snapshot.fields[0]?.label.length).toBe(SNAPSHOT_LIMITS.labelLength);
  });

  it('keeps markup in labels as text', () => {
    document.body.innerHTML =
      '<label for="x">&lt;script&gt;alert(1)&lt;/script&gt;<img src=x onerror="alert(2)"></label><input id="x">';
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.fields[0]?.label).toBe('<script>alert(1)</script>');
  });
});
