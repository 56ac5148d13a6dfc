import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

test('on a page it does not recognise the panel says so and offers the guides by hand', async ({ session }) => {
  const page = await session.open(URLS.unknown);
  const panel = await session.panelFor(page);
  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', 'unknown');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Ukjent side');
  await expect(panel.getByText('Følgesvenn kjenner ikke igjen siden du har åpen')).toBeVisible();
  await expect(panel.getByText('Velg en samtaleguide for å komme i gang.')).toBeVisible();
  // A page the browser gives no access to is never read: no suggestion, only the typed-address form.
  await expect(panel.getByTestId('journal-suggestion')).toHaveCount(0);
  await expect(panel.getByLabel(/Bruk Følgesvenn på et journalsystem/)).toBeVisible();
  await screenshot(panel, 'unknown-page-panel');

  const picker = panelView(panel).guidePicker;
  await picker.selectOption('ia-funksjonsvurdering-leder');
  await expect(panel.getByRole('heading', { level: 2, name: /IA-funksjonsvurdering/ })).toBeVisible();
  await panelView(panel).note('Gå sammen gjennom en vanlig arbeidsdag').fill('møter kl. 9');
  await expect(panelView(panel).draftText('typiskArbeidshverdag')).toHaveValue('Møter kl. 9.');

  // The choice is remembered for this kind of page when the panel is opened again.
  await panel.close();
  const again = await session.panelFor(page);
  await expect(again.getByRole('heading', { level: 2, name: /IA-funksjonsvurdering/ })).toBeVisible();
  await expect(panelView(again).note('Gå sammen gjennom en vanlig arbeidsdag')).toHaveValue('møter kl. 9');
});
