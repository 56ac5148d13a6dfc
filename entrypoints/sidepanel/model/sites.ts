import { batch, computed, type Signal, signal } from '@preact/signals';
import { JOURNAL_CONTEXT_ID } from '../../../domain/page-context';
import { isRole, type Role } from '../../../domain/roles';
import { type JournalSite, type OrganisationPolicy, toJournalOrigin } from '../../../domain/sites';
import { shown, type UiText, uiText } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { PageModel } from './page';

type SitesPlatform = Pick<
  PanelPlatform,
  | 'listJournalSites'
  | 'readPolicy'
  | 'readSiteRoles'
  | 'requestSiteAccess'
  | 'rememberJournalSite'
  | 'removeJournalSite'
  | 'saveSiteRole'
  | 'watchSites'
>;

/** Journal sites and roles: the sites the user or the organisation added, and the role on the current page. */
export function createSites(deps: {
  platform: SitesPlatform;
  page: Pick<PageModel, 'tabId' | 'context' | 'pageOrigin' | 'addableOrigin' | 'loadSnapshot'>;
  /** The list of journal sites, written here and read by the page area. */
  sites: Signal<JournalSite[]>;
}) {
  const { platform, page, sites } = deps;
  const policy = signal<OrganisationPolicy>({ journalSites: [], defaultRole: null });
  const siteRoles = signal<Record<string, Role>>({});
  const siteMessageText = signal<UiText | null>(null);
  const siteMessage = computed(() => shown(siteMessageText.value));

  /** The role: chosen by hand for this site, else the organisation's default on journals, else the page's. */
  const role = computed<Role | null>(() => {
    const origin = page.pageOrigin.value;
    const chosen = origin ? siteRoles.value[origin] : undefined;
    if (chosen) return chosen;
    if (page.context.value.id === JOURNAL_CONTEXT_ID && policy.value.defaultRole) return policy.value.defaultRole;
    const audience = page.context.value.audience;
    return isRole(audience) ? audience : null;
  });
  const roleChosenByHand = computed(() => Boolean(page.pageOrigin.value && siteRoles.value[page.pageOrigin.value]));

  async function loadSites(): Promise<void> {
    const [list, organisation, roles] = await Promise.all([
      platform.listJournalSites().catch(() => []),
      platform.readPolicy().catch(() => ({ journalSites: [], defaultRole: null })),
      platform.readSiteRoles().catch(() => ({})),
    ]);
    batch(() => {
      sites.value = list;
      policy.value = organisation;
      siteRoles.value = roles;
    });
  }

  return {
    sites,
    policy,
    siteMessage,
    role,
    roleChosenByHand,
    loadSites,
    /** Reads the sites again when the user's list or the organisation's policy changes. */
    watchSites: (): (() => void) => platform.watchSites(() => void loadSites()),

    /**
     * Adds a journal site: asks the browser for access to that one origin (the prompt needs this
     * click), then registers the content script and reads the open tab. Never acts by itself.
     */
    addJournalSite(raw?: string): Promise<void> {
      const origin = toJournalOrigin(raw ?? page.addableOrigin.value ?? '');
      if (!origin) {
        siteMessageText.value = uiText('site.message.address-missing');
        return Promise.resolve();
      }
      const asked = platform.requestSiteAccess(origin); // First: keeps the user's gesture.
      return asked.then(
        async (granted) => {
          if (!granted) {
            siteMessageText.value = uiText('site.message.access-denied', { origin });
            return;
          }
          await platform.rememberJournalSite(origin);
          await loadSites();
          siteMessageText.value = uiText('site.message.added', { origin });
          if (page.tabId.value !== null) void page.loadSnapshot(page.tabId.value);
        },
        () => {
          siteMessageText.value = uiText('site.message.request-rejected');
        },
      );
    },
    /** Removes a site the user added, and gives its access back. */
    async removeJournalSite(origin: string): Promise<void> {
      await platform.removeJournalSite(origin);
      await loadSites();
      siteMessageText.value = uiText('site.message.removed', { origin });
    },
    /** Chooses the role by hand for the current site (null: let the page decide again). */
    setRole(next: Role | null): void {
      const origin = page.pageOrigin.value;
      if (!origin) return;
      const roles = { ...siteRoles.value };
      if (next === null) delete roles[origin];
      else roles[origin] = next;
      siteRoles.value = roles;
      void platform.saveSiteRole(origin, next).catch(() => undefined);
    },
  };
}

/** The sites area's shape. */
export type SitesModel = ReturnType<typeof createSites>;
