import type { MessageKey } from '../content/messages/catalogue';
import { LANGUAGES, type Language, type LanguageSetting } from '../domain/i18n';
import { t } from '../i18n/ui-text';

const NAME_KEYS: Record<Language, MessageKey> = {
  nb: 'common.language.nb',
  nn: 'common.language.nn',
  en: 'common.language.en',
};

/** The UI language: the browser's by default, or one the user picks; each language is named in itself. */
export function LanguagePicker(props: {
  setting: LanguageSetting;
  browserLanguage: Language;
  onChange: (setting: LanguageSetting) => void;
}) {
  return (
    <div class="language-picker">
      <h2 class="settings__title">
        <label for="language-select">{t('common.language')}</label>
      </h2>
      <select
        id="language-select"
        value={props.setting}
        aria-describedby="language-help"
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as LanguageSetting)}
      >
        <option value="auto">{t('common.language.auto', { language: t(NAME_KEYS[props.browserLanguage]) })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(NAME_KEYS[language])}
          </option>
        ))}
      </select>
      <p id="language-help" class="language-picker__help">
        {t('common.language.help')}
      </p>
    </div>
  );
}
