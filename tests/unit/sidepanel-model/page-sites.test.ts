import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { JOURNAL_CONTEXT_ID } from '../../../domain/page-context';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { JournalSite } from '../../../domain/sites';
import { createPage } from '../../../entrypoints/sidepanel/model/page';
import { createSites } from '../../../entrypoints/sidepanel/model/sites';
import { createFakePanelPlatform, snapshotAt } from '../platform/fake-panel-platform';

const JOURNAL = 'https://journal.example.test';

function setUp() {
  const fake = createFakePanelPlatform();
  const list = signal<JournalSite[]>([]);
  const page = createPage({ platform: fake.platform, contexts: PAGE_CONTEXTS, sites: list });
  const sites = createSites({ platform: fake.platform, page, sites: list });
  return { fake, page, sites };
}

describe('page area', () => {
  it('follows the tab, takes pushed snapshots for its own tab only, and offers an unknown https page as addable', async () => {
    const { fake, page } = setUp();
    fake.setSnapshot(1, snapshotAt(`${JOURNAL}/pasient`));
    const tabs: (number | null)[] = [];
    const stops = [...page.watchPage(), page.followTab((id) => tabs.push(id))];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tabs).toEqual([1]);
    expect(page.snapshotSettled.value).toBe(true);
    expect(page.context.value.id).toBe('unknown');
    expect(page.addableOrigin.value).toBe(JOURNAL);
    fake.push(2, snapshotAt('https://www.nav.no/syk'));
    expect(page.snapshot.value?.url).toBe(`${JOURNAL}/pasient`);
    for (const stop of stops) stop();
  });
});

describe('page area: a NAV page it cannot read', () => {
  it('says so for a NAV tab without a snapshot (open before an update), and not for other pages', async () => {
    const { fake, page } = setUp();
    fake.setTabOrigin(1, 'https://www.nav.no');
    const stops = [...page.watchPage(), page.followTab(() => undefined)];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.context.value.id).toBe('unknown');
    expect(page.navPageUnread.value).toBe(true);
    expect(page.addableOrigin.value).toBeNull();
    fake.push(1, snapshotAt('https://www.nav.no/syk/oppfolgingsplan/sykmeldt'));
    expect(page.navPageUnread.value).toBe(false);
    for (const stop of stops) stop();

    const other = setUp();
    other.fake.setTabOrigin(1, JOURNAL);
    const more = [...other.page.watchPage(), other.page.followTab(() => undefined)];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(other.page.navPageUnread.value).toBe(false);
    for (const stop of more) stop();
  });
});

describe('sites area', () => {
  it('adds a journal site on request, so the page reads as a journal, with the role chosen by hand there', async () => {
    const { fake, page, sites } = setUp();
    fake.setSnapshot(1, snapshotAt(`${JOURNAL}/pasient`));
    page.followTab(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await sites.addJournalSite();
    expect(fake.prompts).toEqual([JOURNAL]);
    expect(page.context.value.id).toBe(JOURNAL_CONTEXT_ID);
    expect(sites.siteMessage.value).toContain(JOURNAL);
    sites.setRole('leder');
    expect(sites.role.value).toBe('leder');
    expect(sites.roleChosenByHand.value).toBe(true);
    sites.setRole(null);
    expect(sites.roleChosenByHand.value).toBe(false);
  });

  it('refuses an address that is not an https site, asking the browser nothing', async () => {
    const { fake, sites } = setUp();
    await sites.addJournalSite('ftp://example.test');
    expect(fake.prompts).toEqual([]);
    expect(sites.siteMessage.value).not.toBeNull();
  });
});
