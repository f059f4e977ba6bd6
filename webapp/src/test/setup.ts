import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
