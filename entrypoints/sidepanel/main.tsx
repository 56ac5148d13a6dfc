import { render } from 'preact';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { TARGET_FORMS } from '../../content/forms';
import { LAZY_LIBRARY } from '../../content/guide-loaders';
import { choiceItemIdsOf } from '../../domain/guide';
import { PAGE_CONTEXTS } from '../../domain/page-contexts';
import { createBrowserPanelPlatform, readPinnedTab } from '../../platform/panel-platform';
import { App } from './App';
import { createPanelModel } from './panel-model';
import './tokens.css';
import './style.css';

const model = createPanelModel({
  platform: createBrowserPanelPlatform(readPinnedTab(location.search), choiceItemIdsOf(LAZY_LIBRARY.index)),
  library: LAZY_LIBRARY,
  contexts: PAGE_CONTEXTS,
  forms: TARGET_FORMS,
  loadRules: () => import('../../content/timeline-rules').then((module) => module.TIMELINE_RULES),
  loadMedicalWords: () => import('../../content/medical-words').then((module) => module.medicalWords),
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
