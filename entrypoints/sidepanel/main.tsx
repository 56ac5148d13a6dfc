import { render } from 'preact';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { TARGET_FORMS } from '../../content/forms';
import { LAZY_LIBRARY } from '../../content/guide-loaders';
import { medicalWords } from '../../content/medical-words';
import { TIMELINE_RULES } from '../../content/timeline-rules';
import { PAGE_CONTEXTS } from '../../domain/page-contexts';
import { createBrowserPanelPlatform, readPinnedTab } from '../../platform/panel-platform';
import { App } from './App';
import { createPanelModel } from './panel-model';
import './style.css';

const model = createPanelModel({
  platform: createBrowserPanelPlatform(readPinnedTab(location.search)),
  library: LAZY_LIBRARY,
  contexts: PAGE_CONTEXTS,
  forms: TARGET_FORMS,
  rules: TIMELINE_RULES,
  medicalWords,
});

const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <App model={model} />
    </ErrorBoundary>,
    root,
  );
}
