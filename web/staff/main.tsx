import { render } from 'preact';
import '../shared/base.css';
import './staff.css';
import { createApiClient } from '../shared/api-client';
import { loadConfig, type AppConfig } from '../shared/config';
import { App } from './app';
import { storedTokenSession } from './session';

const root = document.getElementById('app')!;
loadConfig<AppConfig>('/staff/').then(
  (config) => {
    const session = storedTokenSession();
    render(<App client={createApiClient(config.graphqlUrl, () => session.token())} session={session} />, root);
  },
  () => {
    root.textContent = '页面加载失败，请稍后刷新重试。 The page could not load. Please refresh in a moment.';
  },
);
