import { useRef } from 'preact/hooks';
import type { CaseRecord } from '../domain/case';
import type { ImportFile } from '../domain/case-transfer';
import { formatDateNb } from '../domain/dates';
import { t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';
import { Icon } from './Icon';

/** What the case bar raises; it holds no state of its own. */
export interface CaseBarActions {
  onSwitch: (id: string) => void;
  onNew: () => void;
  onLabel: (label: string) => void;
  onKeep: (days: number | null) => void;
  onExport: () => void;
  onImport: (file: ImportFile) => void;
  onDelete: () => void;
  onDeleteEverything: () => void;
}

function daysLeft(keepUntil: string, today: string): number {
  return Math.round((Date.parse(`${keepUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000) + 1;
}

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
  const { cases, active, today } = props;
  const fileInput = useRef<HTMLInputElement>(null);
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
        {active ? (
          <div class="case__form">
            <label class="field">
              <span>{t('case.label')}</span>
              <input
                type="text"
                maxLength={80}
                value={active.label}
                onInput={(event) => props.onLabel((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <fieldset class="field">
              <legend>{t('case.keep')}</legend>
              <label class="field--inline">
                <input
                  type="radio"
                  name="keep"
                  checked={active.keepUntil === null}
                  onChange={() => props.onKeep(null)}
                />
                <span>{t('case.keep.session')}</span>
              </label>
              <label class="field--inline">
                <input
                  type="radio"
                  name="keep"
                  checked={active.keepUntil !== null}
                  onChange={() => props.onKeep(props.defaultKeepDays)}
                />
                <span>{t('case.keep.machine')}</span>
              </label>
              {active.keepUntil !== null && (
                <label class="field field--indent">
                  <span>{t('case.keep.days')}</span>
                  <input
                    type="number"
                    min={1}
                    max={365}
                    value={daysLeft(active.keepUntil, today)}
                    onChange={(event) => {
                      const days = Number((event.currentTarget as HTMLInputElement).value);
                      if (Number.isFinite(days) && days >= 1) props.onKeep(Math.min(365, days));
                    }}
                  />
                </label>
              )}
            </fieldset>
            <div class="case__actions">
              <button type="button" class="button button--secondary" onClick={props.onExport}>
                {t('case.export')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => fileInput.current?.click()}>
                {t('case.import')}
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                class="visually-hidden"
                tabIndex={-1}
                aria-label={t('case.import.file')}
                onChange={(event) => {
                  const input = event.currentTarget as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) props.onImport(file); // Read only if its size is within the cap.
                }}
              />
              <button type="button" class="button button--danger" onClick={props.onDelete}>
                {t('case.delete')}
              </button>
            </div>
          </div>
        ) : (
          <p class="empty">{t('case.empty')}</p>
        )}
        <p>
          <button type="button" class="button button--danger" onClick={props.onDeleteEverything}>
            {t('case.delete-everything')}
          </button>
        </p>
      </Disclosure>
    </section>
  );
}
