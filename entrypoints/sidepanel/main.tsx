import { render } from 'preact';
import { TARGET_FORMS } from '../../content/forms';
import { GUIDES } from '../../content/library';
import { PAGE_CONTEXTS } from '../../domain/page-contexts';
import { createBrowserPanelPlatform, readPinnedTab } from '../../platform/panel-platform';
import { App } from './App';
import { createPanelModel } from './panel-model';
import './style.css';

const model = createPanelModel({
  platform: createBrowserPanelPlatform(readPinnedTab(location.search)),
  guides: GUIDES,
  contexts: PAGE_CONTEXTS,
  forms: TARGET_FORMS,
});

const root = document.getElementById('app');
if (root) render(<App model={model} />, root);
