import type { Page } from '@playwright/test';
import { unfold } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { openPinnedPanel, tabIdOf } from './support/launch.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

async function openItem(panel: Page, itemId: string) {
  // A guide opens on its core items: show them all when the item is not on the core path.
  if ((await panel.locator(`[data-item="${itemId}"]`).count()) === 0)
    await panel.getByRole('button', { name: 'Vis alle punktene' }).click();
  await unfold(panel.locator(`.section:has([data-item="${itemId}"])`));
  return panel.locator(`[data-item="${itemId}"]`);
}

const ROLES = [
  {
    role: 'leder',
    url: URLS.nyPlan,
    context: 'oppfolgingsplan-leder-ny-plan',
    guide: 'viktige-samtalen-gjennomforing',
    pageGuide: 'ia-funksjonsvurdering-leder',
    ticks: ['vsg-rammer-lydhor', 'vsg-rammer-tid'],
    scale: { id: 'vsg-hjul-omrade-1', value: 5, max: 8 },
  },
  {
    role: 'veileder',
    url: URLS.referat,
    context: 'modia-dialogmote-referat',
    guide: 'dialogmote-veileder',
    pageGuide: 'dialogmote-veileder',
    ticks: ['dmv-avtale-konklusjon'],
    scale: { id: 'dmv-forb-mestringstro', value: 7, max: 10 },
  },
  {
    role: 'lege',
    url: URLS.sykInn,
    context: 'syk-inn-fhir',
    guide: 'jobbmestringssamtalen-fastlege',
    pageGuide: 'jobbmestringssamtalen-fastlege',
    ticks: ['jms-mt-skala'],
    scale: { id: 'jms-mt-skala', value: 4, max: 10 },
  },
] as const;

for (const role of ROLES) {
  test(`${role.role}: the page's guide opens; ticks and a scale are kept when the panel is closed and reopened`, async ({
    session,
  }) => {
    const page = await session.open(role.url);
    let panel = await session.panelFor(page);
    await expect(panelView(panel).root).toHaveAttribute('data-context', role.context);
    const picker = panelView(panel).guidePicker;
    await expect(picker).toHaveValue(role.pageGuide);
    // The page's own guides come first in the picker.
    await expect(picker.locator('optgroup').first()).toHaveAttribute('label', 'For denne siden');
    if (role.guide !== role.pageGuide) await picker.selectOption(role.guide);

    for (const itemId of role.ticks) await (await openItem(panel, itemId)).locator('.item__tick').check();
    const scale = await openItem(panel, role.scale.id);
    await expect(scale.locator('input[type="radio"]')).toHaveCount(role.scale.max + 1);
    await scale.locator(`input[value="${role.scale.value}"]`).check();
    await expect(scale.locator('.chart__caption')).toContainText(`Siste svar ${role.scale.value} av ${role.scale.max}`);
    await expect(panelView(panel).saved).toBeVisible();
    // Nothing may stick out sideways at side-panel width (a hidden table once did).
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(panel, `guide-${role.role}`);

    await panel.close();
    ({ panel } = await openPinnedPanel(session.context, session.extensionId, await tabIdOf(session.context, page)));
    await expect(panelView(panel).guidePicker).toHaveValue(role.guide);
    for (const itemId of role.ticks) await expect((await openItem(panel, itemId)).locator('.item__tick')).toBeChecked();
    const again = await openItem(panel, role.scale.id);
    await expect(again.locator(`input[value="${role.scale.value}"]`)).toBeChecked();
  });
}

test('search finds items across all guides without diacritics and opens the hit', async ({ session }) => {
  const page = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(page);
  await panel.getByPlaceholder('Søk i alle guidene …').fill('dialogmote');
  const results = panel.getByRole('region', { name: 'Søkeresultater' });
  await expect(results.locator('.search__hit').first()).toBeVisible();
  await expect(results.locator('.search__text').first()).toContainText(/dialogmøte/i);
  const firstWhere = (await results.locator('.search__where').first().textContent()) ?? '';
  await results.locator('.search__hit').first().click();
  await expect(panel.locator('.item--focus')).toHaveCount(1);
  await expect(panel.locator('.guide__title')).toHaveText(firstWhere.split(' · ')[0] ?? '');
  await panel.getByPlaceholder('Søk i alle guidene …').fill('xyzzy');
  await expect(panel.getByText('Ingen treff på «xyzzy».')).toBeVisible();
});
