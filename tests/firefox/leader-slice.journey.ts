// The leader's slice in Firefox: the plan form's context, the three core questions, notes, the
// drafted field, copy, and paste into NAV's field (what tests/e2e/leader-slice.spec.ts checks in Chromium);
// then the same panel at sidebar widths.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { LEADER_NOTES } from '../e2e/support/leader-notes.mjs';
import { withFirefox } from './support/firefox.ts';
import {
  attributeOf,
  clickText,
  controlValue,
  NOTE,
  textsOf,
  typeInto,
  waitForContext,
  waitForValue,
} from './support/page.ts';
import { assertNoSidewaysOverflow, WIDTHS } from './support/width.ts';

test('a leader on the new plan form gets the three core questions, drafts and copies a field', (t) =>
  withFirefox({}, async (session) => {
    assert.deepEqual(session.manifestWarnings, [], 'Firefox reads the manifest without a warning');
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);

    await waitForContext(panel, 'oppfolgingsplan-leder-ny-plan');
    assert.deepEqual(await textsOf(panel, 'h1'), ['Oppfølgingsplan – ny plan, nærmeste leder']);
    assert.deepEqual(await textsOf(panel, '.section > .section__summary .section__title'), [
      '1. Hvordan er arbeidsdagen?',
      '2. Er det forhold som bør og kan endres?',
      '3. Hva er vi enige om?',
    ]);

    // Sources are one click away.
    await clickText(panel, '[data-item="ia-arbeidsdagen"] .source > .disclosure__toggle', 'Kilde');
    // The sources' titles come on demand: the note names its source once they are in.
    await waitForValue(
      async () =>
        /1\. Hvordan er arbeidsdagen\?/.test(
          (await textsOf(panel, '[data-item="ia-arbeidsdagen"] .source p')).join(' '),
        ),
      true,
      'the source note naming its section',
    );

    // The leader's notes under core questions 1 and 2 (the same synthetic conversation as in Chromium).
    await typeInto(panel, NOTE, LEADER_NOTES.arbeidsdagen);
    // The guide opens on its core path with every section open: open it whether or not it is folded.
    const endres = '.section[data-section="endres"]';
    if ((await panel.$eval(endres, (section) => section.getAttribute('data-open'))) === 'false') {
      await panel.click(`${endres} > .disclosure__toggle`);
    }
    await typeInto(panel, 'Notat: Ta utgangspunkt i det som var vanskelig', LEADER_NOTES.endres);

    const expected = LEADER_NOTES.draftedArbeidsdag;
    const draft = '[data-field="typiskArbeidshverdag"]';
    await waitForValue(
      () => controlValue(panel, `${draft} .draft__text`),
      expected,
      'the drafted typiskArbeidshverdag',
    );
    assert.deepEqual(await textsOf(panel, `${draft} .counter`), [`${expected.length}/2000`]);
    await waitForValue(
      () => controlValue(panel, '[data-field="tilretteleggingFremover"] .draft__text'),
      '- slipper tunge løft i fire uker\n- kortere dager: 09–13',
      'the drafted tilretteleggingFremover',
    );

    await clickText(panel, `${draft} button`, 'Kopier');
    await waitForValue(
      async () => /Kopiert/.test((await textsOf(panel, '[data-testid="announcer"]')).join(' ')),
      true,
      'the copy announcement',
    );

    // Paste into NAV's field, as the user would, and read it back.
    await form.bringToFront();
    const target = 'textarea#typiskArbeidshverdag';
    assert.notEqual(await attributeOf(form, target, 'id'), null, 'the plan form has the field');
    await form.click(target);
    await form.keyboard.down('Control');
    await form.keyboard.press('v');
    await form.keyboard.up('Control');
    await waitForValue(() => controlValue(form, target), expected, "the pasted text in NAV's field");

    // The same pinned panel at sidebar widths (a subtest: its own result).
    await t.test(`no sideways overflow at ${WIDTHS.join(', ')} px on the plan page`, () =>
      assertNoSidewaysOverflow(panel),
    );
  }));
