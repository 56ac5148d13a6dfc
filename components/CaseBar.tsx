import type { CaseRecord } from '../domain/case';
import { formatDateNb } from '../domain/dates';
import { ensureMessages, t } from '../i18n/ui-text';
import type { CaseDetailsActions, CaseDetailsProps } from './CaseDetails';
import { Disclosure } from './Disclosure';
import { Icon } from './Icon';
import { Loading } from './Loading';
import { lazyComponent } from './lazy';

/** What the case bar raises; it holds no state of its own. */
export interface CaseBarActions extends CaseDetailsActions {
  onSwitch: (id: string) => void;
  onNew: () => void;
}

/** The case's details (label, keeping, export, import, deletion), fetched with their text after the first view. */
const CaseDetails = lazyComponent<CaseDetailsProps>(() =>
  Promise.all([import('./CaseDetails'), ensureMessages()]).then(([module]) => module.CaseDetails),
);

/** The case in use: switch, create, describe, choose how long it is kept, export, import and delete. */
export function CaseBar(
  props: {
    cases: readonly CaseRecord[];
    active: CaseRecord | null;
    today: string;
    labelWarning: string | null;
    defaultKeepDays: number;
  } & CaseBarActions,
) {
  const { cases, active } = props;
  return (
    <section class="case" aria-label={t('case.region')}>
      <div class="case__row">
        <label class="case__picker">
          <span class="case__picker-label">{t('case.picker')}</span>
          <select
            value={active?.id ?? ''}
            onChange={(event) => props.onSwitch((event.currentTarget as HTMLSelectElement).value)}
            disabled={cases.length === 0}
          >
            {cases.length === 0 && <option value="">{t('case.picker.none')}</option>}
            {cases.map((record) => (
              <option key={record.id} value={record.id}>
                {record.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button button--secondary" onClick={props.onNew}>
          <Icon name="add" />
          {t('case.new')}
        </button>
      </div>
      <p class="case__storage" data-testid="storage-mode">
        {active?.keepUntil
          ? t('case.storage.kept', { date: formatDateNb(active.keepUntil) })
          : t('case.storage.session')}
      </p>
      {props.labelWarning && (
        <p class="notice notice--warning" role="alert">
          {props.labelWarning}
        </p>
      )}
      <Disclosure class="case__details" summary={t('case.details')}>
        {/* Folded at first: its code and text come just after the first view. */}
        <CaseDetails {...props} fallback={<Loading text={t('case.details.loading')} />} />
      </Disclosure>
    </section>
  );
}
