import { signal } from '@preact/signals';
import { type LanguageSetting, resolveLanguage } from '../../../domain/i18n';
import { applyLanguage, t, uiLanguage } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { Feedback } from './feedback';

type LanguagePlatform = Pick<
  PanelPlatform,
  'browserLanguages' | 'readLanguageSetting' | 'saveLanguageSetting' | 'watchLanguageSetting'
>;

/** The UI language: the user's setting, the language it resolves to, and switching it. */
export function createUiLanguage(deps: { platform: LanguagePlatform; feedback: Feedback }) {
  const { platform, feedback } = deps;
  const languageSetting = signal<LanguageSetting>('auto');
  const languageReady = signal(false);

  /** Speaks the language a setting resolves to; bokmål when the chosen catalogue cannot load. */
  async function speak(setting: LanguageSetting): Promise<void> {
    try {
      await applyLanguage(resolveLanguage(setting, platform.browserLanguages()));
    } catch {
      await applyLanguage('nb');
    }
    languageSetting.value = setting;
  }

  return {
    /** The user's language setting (`auto` follows the browser). */
    languageSetting,
    /** True once the stored setting is read and spoken. */
    languageReady,
    /** The language the UI speaks now. */
    language: uiLanguage,
    /** The language `auto` resolves to in this browser. */
    browserLanguage: () => resolveLanguage('auto', platform.browserLanguages()),

    /** Switches the UI language, remembers the choice for every page of ours, and says so in the new language. */
    async setLanguage(setting: LanguageSetting): Promise<void> {
      await speak(setting);
      try {
        await platform.saveLanguageSetting(setting);
      } catch {
        // The switch holds for this panel; the next one starts from what was stored before.
      }
      feedback.announce(t('common.announce.language'));
    },

    /** Follows a switch made on another page of ours. */
    watchLanguage: (): (() => void) => platform.watchLanguageSetting((setting) => void speak(setting)),

    /** Reads the stored setting and speaks it (`auto` when it cannot be read); ready either way. */
    loadLanguage(): Promise<void> {
      return platform
        .readLanguageSetting()
        .catch((): LanguageSetting => 'auto')
        .then(speak)
        .finally(() => {
          languageReady.value = true;
        });
    },
  };
}

/** The UI-language area's shape. */
export type UiLanguageModel = ReturnType<typeof createUiLanguage>;
