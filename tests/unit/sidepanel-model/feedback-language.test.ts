import { describe, expect, it } from 'vitest';
import { createFeedback } from '../../../entrypoints/sidepanel/model/feedback';
import { createUiLanguage } from '../../../entrypoints/sidepanel/model/ui-language';
import { applyLanguage, uiText } from '../../../i18n/ui-text';
import { createFakePanelPlatform } from '../platform/fake-panel-platform';

describe('feedback area', () => {
  it('keeps a notice as a key, so it follows a language switch, until dismissed', async () => {
    const feedback = createFeedback();
    feedback.noticeText.value = uiText('common.notice.cases-failed');
    const bokmal = feedback.notice.value;
    await applyLanguage('en');
    expect(feedback.notice.value).not.toBe(bokmal);
    await applyLanguage('nb');
    feedback.dismissNotice();
    expect(feedback.notice.value).toBeNull();
    feedback.announce('Lagret');
    expect(feedback.announcement.value).toBe('Lagret');
  });
});

describe('ui-language area', () => {
  it('reads the stored setting, is ready after, switches and stores a choice, and follows other pages', async () => {
    const fake = createFakePanelPlatform();
    fake.setBrowserLanguages(['nn-NO']);
    const feedback = createFeedback();
    const language = createUiLanguage({ platform: fake.platform, feedback });
    expect(language.languageReady.value).toBe(false);
    await language.loadLanguage();
    expect(language.languageReady.value).toBe(true);
    expect(language.language.value).toBe('nn');
    expect(language.browserLanguage()).toBe('nn');
    await language.setLanguage('en');
    expect(fake.storedLanguage()).toBe('en');
    expect(language.language.value).toBe('en');
    expect(feedback.announcement.value).not.toBe('');
    const stop = language.watchLanguage();
    fake.languageChanged('nb');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(language.languageSetting.value).toBe('nb');
    stop();
    await applyLanguage('nb');
  });
});
