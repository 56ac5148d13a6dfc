import { useRef } from 'preact/hooks';
import type { CaseRecord } from '../domain/case';
import type { ImportFile } from '../domain/case-transfer';
import { t } from '../i18n/ui-text';

/** What the case's details raise: its label, how long it is kept, export, import and deletion. */
export interface CaseDetailsActions {
  onLabel: (label: string) => void;
  onKeep: (days: number | null) => void;
  onExport: () => void;
  onImport: (file: ImportFile) => void;
  onDelete: () => void;
  onDeleteEverything: () => void;
}

/** What the case's details show: the active case (none: a line saying so) and today, for the days left. */
export type CaseDetailsProps = {
  active: CaseRecord | null;
  today: string;
  defaultKeepDays: number;
} & CaseDetailsActions;

function daysLeft(keepUntil: string, today: string): number {
  return Math.round((Date.parse(`${keepUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The case bar's folded part (loaded on demand): describe the case, keep it, export, import, delete. */
export function CaseDetails(props: CaseDetailsProps) {
  const { active, today } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
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
              <input type="radio" name="keep" checked={active.keepUntil === null} onChange={() => props.onKeep(null)} />
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
    </>
  );
}
