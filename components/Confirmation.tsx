import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/ui-text';

/** Asks before the panel acts on something that cannot be undone; focus moves to it. */
export function Confirmation(props: {
  text: string;
  confirmLabel: string;
  alternativeLabel?: string;
  onConfirm: () => void;
  onAlternative?: () => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
      <p id="confirm-text">{props.text}</p>
      <div class="confirm__buttons">
        <button ref={first} type="button" class="button button--danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        {props.alternativeLabel && props.onAlternative && (
          <button type="button" class="button button--secondary" onClick={props.onAlternative}>
            {props.alternativeLabel}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
