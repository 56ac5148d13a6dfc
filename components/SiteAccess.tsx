import { useState } from 'preact/hooks';
import { ROLES, type Role } from '../domain/roles';
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
