import { useState } from 'preact/hooks';
import type { Role } from '../domain/roles';
import type { JournalSite } from '../domain/sites';

/** On a page Følgesvenn does not know: offer to use it here (a journal), by the tab's address or a typed one. */
export function AddSite(props: {
  origin: string | null;
  onAdd: (origin?: string) => void;
  message: string | null;
  looksLikeJournal: boolean;
}) {
  const [typed, setTyped] = useState('');
  return (
    <section class="site-add" aria-label="Bruk Følgesvenn på denne siden">
      {props.looksLikeJournal && props.origin && (
        <p class="notice" data-testid="journal-suggestion">
          Denne siden ser ut som et journalsystem (den har felt og overskrifter om sykmelding og diagnose). Vil du bruke
          Følgesvenn her?
        </p>
      )}
      {props.origin ? (
        <button type="button" class="button button--secondary" onClick={() => props.onAdd()}>
          Bruk Følgesvenn på {props.origin}
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
            <span>Bruk Følgesvenn på et journalsystem: adressen (https://…)</span>
            <input
              type="url"
              inputMode="url"
              placeholder="https://journal.eksempel.no"
              value={typed}
              onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="button button--secondary">
            Legg til
          </button>
        </form>
      )}
      <p class="site-add__note">
        Nettleseren spør deg om lov først. Følgesvenn leser bare overskrifter og feltnavn på siden, aldri det som står i
        feltene eller i journalen.
      </p>
      {props.message && (
        <p class="notice" role="status">
          {props.message}
        </p>
      )}
    </section>
  );
}

const ROLE_OPTIONS: [Role, string][] = [
  ['leder', 'Leder'],
  ['veileder', 'Nav-veileder'],
  ['lege', 'Lege'],
];

/** The role the panel works in on this site; changeable by hand, remembered per site. */
export function RolePicker(props: { role: Role | null; byHand: boolean; onRole: (role: Role | null) => void }) {
  return (
    <div class="role-picker">
      <label for="role-select">Rolle</label>
      <select
        id="role-select"
        value={props.byHand ? (props.role ?? '') : ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          props.onRole(value === '' ? null : (value as Role));
        }}
      >
        <option value="">
          Fra siden{props.role && !props.byHand ? ` (${ROLE_OPTIONS.find(([id]) => id === props.role)?.[1]})` : ''}
        </option>
        {ROLE_OPTIONS.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
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
}) {
  return (
    <details class="settings">
      <summary>Innstillinger</summary>
      <h2 class="settings__title">Journalsystemer</h2>
      {props.sites.length === 0 ? (
        <p class="empty">
          Ingen journalsystemer er lagt til. Åpne journalen, og velg «Bruk Følgesvenn på denne siden» i panelet.
        </p>
      ) : (
        <ul class="settings__sites">
          {props.sites.map((site) => (
            <li key={site.origin} data-site={site.origin}>
              <span class="settings__origin">{site.origin}</span>
              <span class="settings__status">
                {site.source === 'organisasjon' ? 'Fra organisasjonen din' : 'Lagt til av deg'} ·{' '}
                {site.granted ? 'tilgang gitt' : 'mangler tilgang'}
              </span>
              {site.source === 'bruker' ? (
                <button type="button" class="link-button" onClick={() => props.onRemove(site.origin)}>
                  Fjern
                </button>
              ) : (
                !site.granted && (
                  <button type="button" class="link-button" onClick={() => props.onGrant(site.origin)}>
                    Gi tilgang
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
