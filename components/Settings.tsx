import type { ComponentProps } from 'preact';
import { LanguagePicker } from './LanguagePicker';
import { SiteSettings } from './SiteSettings';

/** The folded settings at the bottom of the panel: the language, then the journal sites (one chunk). */
export function Settings(
  props: Omit<ComponentProps<typeof SiteSettings>, 'children'> & { language: ComponentProps<typeof LanguagePicker> },
) {
  const { language, ...sites } = props;
  return (
    <SiteSettings {...sites}>
      <LanguagePicker {...language} />
    </SiteSettings>
  );
}
