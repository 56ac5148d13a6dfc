import type { ComponentChildren } from 'preact';
import type { JournalSite } from '../domain/sites';
import { t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';

/** Settings: the journal sites, with where each came from; the user's own can be removed. */
export function SiteSettings(props: {
  sites: readonly JournalSite[];
  onRemove: (origin: string) => void;
  onGrant: (origin: string) => void;
  /** Settings shown before the journal sites (the language). */
  children?: ComponentChildren;
}) {
  return (
    <Disclosure class="settings" summary={t('site.settings')}>
      {props.children}
      <h2 class="settings__title">{t('site.settings.sites')}</h2>
      {props.sites.length === 0 ? (
        <p class="empty">{t('site.settings.empty')}</p>
      ) : (
        <ul class="settings__sites">
          {props.sites.map((site) => (
            <li key={site.origin} data-site={site.origin}>
              <span class="settings__origin">{site.origin}</span>
              <span class="settings__status">
                {site.source === 'organisasjon'
                  ? t('site.settings.from-organisation')
                  : t('site.settings.added-by-user')}{' '}
                · {site.granted ? t('site.settings.granted') : t('site.settings.not-granted')}
              </span>
              {site.source === 'bruker' ? (
                <button type="button" class="link-button" onClick={() => props.onRemove(site.origin)}>
                  {t('site.settings.remove')}
                </button>
              ) : (
                !site.granted && (
                  <button type="button" class="link-button" onClick={() => props.onGrant(site.origin)}>
                    {t('site.settings.grant')}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}
