import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The build machines are shared and slow at times; lazy chunks (the workspace) take a moment to load.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not implement scrolling; the router scrolls to the top after navigating.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'id';
  document.documentElement.removeAttribute('style');
  document.title = '';
});
