import { render } from 'preact';
import { ErrorBoundary, ErrorScreen } from '../../components/ErrorBoundary';
import { FORM_INDEX } from '../../content/form-index';
import { LAZY_LIBRARY } from '../../content/guide-loaders';
import { choiceItemIdsOf } from '../../domain/guide';
import { PAGE_CONTEXTS } from '../../domain/page-contexts';
import { readPinnedTab, releaseEarlyReads } from '../../platform/early-reads';
import { createBrowserPanelPlatform } from '../../platform/panel-platform';
import { createBrowserRecovery } from '../../platform/recovery';
import { markStart, timed } from '../../platform/start-marks';
import { App } from './App';
import { createPanelModel } from './panel-model';
import './tokens.css';
import './style.css';

markStart('evaluated');
const recovery = createBrowserRecovery(() => location.reload());
const root = document.getElementById('app');

function start() {
  return createPanelModel({
    platform: createBrowserPanelPlatform(readPinnedTab(location.search), choiceItemIdsOf(LAZY_LIBRARY.index)),
    // The first guide's load is timed for the bench's start breakdown (platform/start-marks.ts).
    library: { ...LAZY_LIBRARY, load: (id) => timed('load-guide', () => LAZY_LIBRARY.load(id)) },
    contexts: PAGE_CONTEXTS,
    forms: FORM_INDEX,
    loadTimeline: () => import('./model/timeline-engine').then((module) => module.TIMELINE_ENGINE),
    loadDrafting: () => import('./model/drafting-engine').then((module) => module.DRAFTING_ENGINE),
    loadMedicalWords: () => import('../../content/medical-words').then((module) => module.medicalWords),
  });
}

if (root) {
  try {
    const model = start();
    // The reads and the snapshot request go out now, side by side with the first render (most were
    // sent already by the early script, sidepanel-early.ts: the start takes those answers).
    void model.start().finally(releaseEarlyReads);
    render(
      <ErrorBoundary recovery={recovery}>
        <App model={model} />
      </ErrorBoundary>,
      root,
    );
    markStart('first-render');
  } catch (error) {
    // Not even the model could be built: the same way out as a rendering error.
    console.error(error);
    render(<ErrorScreen recovery={recovery} />, root);
  }
}
