import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../domain/roles';
import type { JournalSite } from '../domain/sites';
import { t } from '../i18n/ui-text';

/** On a page Følgesvenn does not know: offer to use it here (a journal), by the tab's address or a typed one. */
export function AddSite(props: {
  origin: string | null;
  onAdd: (origin?: string) => void;
  message: string | null;
  looksLikeJournal: boolean;
}) {
  const [typed, setTyped] = useState('');
  return (
    <section class="site-add" aria-label={t('site.add.region')}>
      {props.looksLikeJournal && props.origin && (
        <p class="notice" data-testid="journal-suggestion">
          {t('site.add.suggestion')}
        </p>
      )}
      {props.origin ? (
        <button type="button" class="button button--secondary" onClick={() => props.onAdd()}>
          {t('site.add.use-on', { origin: props.origin })}
        </button>
      ) : (
        <form
          class="site-add__form"
          onSubmit={(event) => {
            event.preventDefault();
            props.onAdd(typed);
          }}
        >
          <label class="field">
            <span>{t('site.add.address')}</span>
            <input
              type="url"
              inputMode="url"
              placeholder={t('site.add.address.placeholder')}
              value={typed}
              onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="button button--secondary">
            {t('site.add.submit')}
          </button>
        </form>
      )}
      <p class="site-add__note">{t('site.add.note')}</p>
      {props.message && (
        <p class="notice" role="status">
          {props.message}
        </p>
      )}
    </section>
  );
}

/** The role's name in the current language. */
function roleName(role: Role): string {
  return t(`site.role.${role}`);
}

/** The role the panel works in on this site; changeable by hand, remembered per site. */
export function RolePicker(props: { role: Role | null; byHand: boolean; onRole: (role: Role | null) => void }) {
  return (
    <div class="role-picker">
      <label for="role-select">{t('site.role')}</label>
      <select
        id="role-select"
        value={props.byHand ? (props.role ?? '') : ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          props.onRole(value === '' ? null : (value as Role));
        }}
      >
        <option value="">
          {props.role && !props.byHand
            ? t('site.role.from-page.detected', { role: roleName(props.role) })
            : t('site.role.from-page')}
        </option>
        {ROLES.map((id) => (
          <option key={id} value={id}>
            {roleName(id)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Settings: the journal sites, with where each came from; the user's own can be removed. */
export function SiteSettings(props: {
  sites: readonly JournalSite[];
  onRemove: (origin: string) => void;
  onGrant: (origin: string) => void;
  /** Settings shown before the journal sites (the language). */
  children?: ComponentChildren;
}) {
  return (
    <details class="settings">
      <summary>{t('site.settings')}</summary>
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
    </details>
  );
}
