// «Sett inn» in Firefox (issue 17): the panel puts a draft into the controlled plan form (Preact state and a
// counter, as NAV's React form keeps them) through the browser's editing path. A plain `value =` would leave
// the state empty: the counter and the summary step show that Firefox's path reached the framework too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { withFirefox } from './support/firefox.ts';
import { clickText, controlValue, textsOf, typeInto, waitForContext, waitForValue } from './support/page.ts';

const FIELD = 'typiskArbeidshverdag';
const DRAFTED = 'Vi begynner med varemottak.';

test('«Sett inn» fills the controlled plan form in Firefox: the state, the counter and Ctrl+Z follow', () =>
  withFirefox({}, async (session) => {
    const form = await session.open(URLS.controlledPlan);
    await form.waitForSelector(`textarea#${FIELD}`);
    const panel = await session.panelFor(form);
    await waitForContext(panel, 'oppfolgingsplan-leder-ny-plan');

    await typeInto(panel, 'Frie notater', 'Vi begynner med varemottak #arbeidsdag');
    const draft = `[data-field="${FIELD}"]`;
    await waitForValue(() => controlValue(panel, `${draft} .draft__text`), DRAFTED, 'the drafted field');

    await clickText(panel, `${draft} button`, 'Sett inn');
    await waitForValue(
      async () => (await textsOf(panel, '[data-testid="insert-status"]')).join(' '),
      'Satt inn i «Hvordan ser en vanlig arbeidsdag ut?». Sjekk feltet på siden.',
      'the insert status',
    );
    const target = `textarea#${FIELD}`;
    const counter = `[data-counter="${FIELD}"]`;
    assert.equal(await controlValue(form, target), DRAFTED);
    assert.deepEqual(await textsOf(form, counter), [`${2000 - DRAFTED.length} tegn igjen`]);

    // Ctrl+Z on the page takes the insert back, and the framework's state follows.
    await form.bringToFront();
    await form.click(target);
    await form.keyboard.down('Control');
    await form.keyboard.press('z');
    await form.keyboard.up('Control');
    await waitForValue(() => controlValue(form, target), '', 'the field after Ctrl+Z');
    assert.deepEqual(await textsOf(form, counter), ['2000 tegn igjen']);

    // Again, then the form's summary step: it shows only what the page's own state holds.
    await panel.bringToFront();
    await clickText(panel, `${draft} button`, 'Sett inn');
    await waitForValue(() => controlValue(form, target), DRAFTED, 'the field after the second insert');
    await clickText(form, 'button', 'Neste');
    await waitForValue(
      async () => (await textsOf(form, `[data-summary="${FIELD}"]`)).join(''),
      DRAFTED,
      'the summary of the framework state',
    );
  }));
