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

  it('never reads Modia’s person card: neither its headings (the name) nor anything in it', () => {
    document.title = 'Referat';
    document.body.innerHTML = `
      <section aria-label="Personkort"><h3>Per Persontest (40 år)</h3><input id="kort-sok" aria-label="Søk i kortet"></section>
      <main><h1>Referat fra dialogmøte</h1><label for="situasjon">Situasjon</label><textarea id="situasjon"></textarea></main>`;
    const snapshot = readPageStructure(document, fakeLocation('https://syfomodiaperson.intern.nav.no/sykefravaer'));
    expect(snapshot.headings).toEqual([{ level: 1, text: 'Referat fra dialogmøte' }]);
    expect(snapshot.fields.map((field) => field.id)).toEqual(['situasjon']);
    expect(JSON.stringify(snapshot)).not.toContain('Persontest');
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

  it('never reads a field value: traps on the prototypes and on every instance, in the reader’s own world', () => {
    document.body.innerHTML = `
      <label for="a">A</label><input id="a" value="HEMMELIG"><textarea id="b">HEMMELIG</textarea>
      <select id="c"><option selected>HEMMELIG</option></select><input type="checkbox" id="d" checked>
      <label>Innpakket <textarea>HEMMELIG-INNPAKKET</textarea><select><option>HEMMELIG-VALG</option></select></label>
      <h2>Overskrift <output>HEMMELIG-RESULTAT</output></h2>`;
    const reads: string[] = [];
    const properties = ['value', 'defaultValue', 'checked', 'selectedIndex', 'selectedOptions', 'valueAsNumber'];
    const restore: (() => void)[] = [];
    for (const type of [HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement]) {
      for (const property of properties) {
        const descriptor = Object.getOwnPropertyDescriptor(type.prototype, property);
        if (!descriptor?.get) continue;
        Object.defineProperty(type.prototype, property, {
          configurable: true,
          get() {
            reads.push(`${type.name}.prototype.${property}`);
            return descriptor.get?.call(this);
          },
        });
        restore.push(() => Object.defineProperty(type.prototype, property, descriptor));
      }
    }
    for (const element of document.querySelectorAll('input, textarea, select')) {
      Object.defineProperty(element, 'value', {
        configurable: true,
        get() {
          reads.push('instance.value');
          return 'HEMMELIG';
        },
      });
    }
    try {
      const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
      expect(reads).toEqual([]);
      expect(JSON.stringify(snapshot)).not.toContain('HEMMELIG');
      expect(snapshot.fields.map((field) => field.label)).toEqual(['A', '', '', '', 'Innpakket', 'Innpakket']);
      expect(snapshot.headings).toEqual([{ level: 2, text: 'Overskrift' }]);
      // Positive control: the traps do record a read.
      void (document.getElementById('a') as HTMLInputElement).value;
      void (document.getElementById('c') as HTMLSelectElement).selectedIndex;
      expect(reads).toEqual(['instance.value', 'HTMLSelectElement.prototype.selectedIndex']);
    } finally {
      for (const undo of restore) undo();
    }
  });

  it('masks national ID numbers in titles, headings, labels and the URL', () => {
    document.title = 'Journal 12345678901';
    document.body.innerHTML = '<h1>Pasient 123456 78901</h1><label for="x">Fnr 12345678901</label><input id="x">';
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/12345678901'));
    expect(JSON.stringify(snapshot)).not.toMatch(/\d{6}\s?\d{5}/);
    expect(snapshot.title).toBe('Journal ***********');
  });

  it('masks ID numbers however they are written, with the guard’s normalisation, in names and ids too', () => {
    document.title = 'Journal 15.03.35 51247';
    document.body.innerHTML = `
      <h1>Pasient 150335-51247</h1><h2>Fnr 150335 512 47</h2><h3>Fnr 1503\u200b3551247</h3>
      <label for="a">Fnr \uff11\uff15\uff10\uff13\uff13\uff15\uff15\uff11\uff12\uff14\uff17</label><input id="a">
      <label for="b">Fnr 150335.51247</label><input id="b" name="fnr-150335-51247">
      <input id="pasient_150335_51247" name="fnr.15.03.35.51247" aria-label="Fnr 150335\u00ad51247">`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/150335-51247/plan'));
    expect(snapshot.title).toBe('Journal ***********');
    expect(snapshot.url).toBe('https://www.nav.no/syk/***********/plan');
    expect(snapshot.headings.map((heading) => heading.text)).toEqual([
      'Pasient ***********',
      'Fnr ***********',
      'Fnr ***********',
    ]);
    expect(snapshot.fields).toEqual([
      { id: 'a', name: '', label: 'Fnr ***********', tag: 'input' },
      { id: 'b', name: 'fnr-***********', label: 'Fnr ***********', tag: 'input' },
      { id: 'pasient_***********', name: 'fnr.***********', label: 'Fnr ***********', tag: 'input' },
    ]);
  });

  it('leaves other numbers as they are: dates, phone and account numbers', () => {
    document.title = 'Møte 12.03.2026 kl. 10.00';
    document.body.innerHTML =
      '<h2>Tlf. 912 34 567, konto 1503.35.51247</h2><input name="konto-1503-35-51247" aria-label="Org.nr. 912 345 678">';
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.title).toBe('Møte 12.03.2026 kl. 10.00');
    expect(snapshot.headings[0]?.text).toBe('Tlf. 912 34 567, konto 1503.35.51247');
    expect(snapshot.fields[0]).toEqual({
      id: '',
      name: 'konto-1503-35-51247',
      label: 'Org.nr. 912 345 678',
      tag: 'input',
    });
  });

  it('drops a dashed or dotted number cut at the end of what is read, so no part of it survives', () => {
    document.body.innerHTML = '<label for="a"></label><input id="a"><label for="b"></label><input id="b">';
    const [first, second] = document.querySelectorAll('label');
    // 1 000 characters are read: the cut leaves «150335-» and «15.03.35», which fold to the start.
    (first as HTMLElement).textContent = `${' '.repeat(993)}150335-51247`;
    (second as HTMLElement).textContent = `${' '.repeat(992)}15.03.35 51247`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(JSON.stringify(snapshot)).not.toMatch(/\d/);
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

  it('masks a number that straddles a cut, so no part of it survives', () => {
    document.body.innerHTML = '<h2></h2><label for="kant"></label><input id="kant">';
    (document.querySelector('h2') as HTMLElement).textContent = `${'x'.repeat(189)} 01019912345`;
    (document.querySelector('label') as HTMLElement).textContent = `${' '.repeat(995)}01019912345`;
    (document.querySelector('input') as HTMLElement).setAttribute('name', `${'y'.repeat(115)}01019912345`);
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(JSON.stringify(snapshot)).not.toMatch(/\d{5,}/);
    expect(snapshot.headings[0]?.text).toBe(`${'x'.repeat(189)} **********`);
    expect(snapshot.fields[0]?.name).toBe(`${'y'.repeat(115)}*****`);
  });

  it('skips headings inside editable regions (a journal editor’s text is not page structure)', () => {
    document.body.innerHTML = `<h1>Journal</h1><div contenteditable="true"><h2>Notat om pasienten</h2></div>
      <div contenteditable><h3>Mer notat</h3></div><div contenteditable="false"><h2>Fast</h2></div>`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.headings.map((heading) => heading.text)).toEqual(['Journal', 'Fast']);
  });

  it('finds labels by for (before or after the field), by wrapping, and ignores a wrapping label for another field', () => {
    document.body.innerHTML = `
      <input id="etter"><label for="etter">Etter feltet</label>
      <label>Rundt <input name="rundt"></label>
      <label for="annet">For et annet felt <input name="inni"></label><input id="annet">`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.fields.map((field) => [field.id || field.name, field.label])).toEqual([
      ['etter', 'Etter feltet'],
      ['rundt', 'Rundt'],
      ['inni', ''],
      ['annet', 'For et annet felt'],
    ]);
  });

  it('reads the top document only: open shadow roots are not pierced, and do not break it', () => {
    document.body.innerHTML = '<h1>Topp</h1><label>Lys <input name="lys"></label><div id="vert"></div>';
    let host = document.getElementById('vert') as HTMLElement;
    for (let level = 0; level < 200; level += 1) {
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<h2>Skygge ${level}</h2><label>Skygge <input name="skygge${level}"></label><div></div>`;
      host = shadow.lastElementChild as HTMLElement;
    }
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.headings).toEqual([{ level: 1, text: 'Topp' }]);
    expect(snapshot.fields.map((field) => field.name)).toEqual(['lys']);
  });

  it('copes with a DOM 5 000 levels deep', () => {
    let node: HTMLElement = document.body;
    for (let depth = 0; depth < 5000; depth += 1) {
      const child = document.createElement('div');
      node.append(child);
      node = child;
    }
    node.innerHTML = '<h2>Nederst</h2><label>Dypt <input name="dypt"></label>';
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.fields).toEqual([{ id: '', name: 'dypt', label: 'Dypt', tag: 'input' }]);
  });

  it('is not misled by a form whose named controls shadow its properties', () => {
    document.body.innerHTML = `<form>
      <input name="localName"><input name="matches"><input name="parentElement"><input name="firstChild">
      <label>Innpakket <input name="nextSibling"></label></form>`;
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.fields.map((field) => field.name)).toEqual([
      'localName',
      'matches',
      'parentElement',
      'firstChild',
      'nextSibling',
    ]);
    expect(snapshot.fields.at(-1)?.label).toBe('Innpakket');
  });

  it('stops after a fixed number of elements: a field after 50 000 others is not looked for', () => {
    const filler = document.createElement('div');
    for (let index = 0; index < 50_000; index += 1) filler.append(document.createElement('span'));
    document.body.append(filler);
    document.body.insertAdjacentHTML('beforeend', '<label>Sent <input name="sent"></label>');
    const snapshot = readPageStructure(document, fakeLocation('https://www.nav.no/syk/'));
    expect(snapshot.fields).toEqual([]);
  });
});
