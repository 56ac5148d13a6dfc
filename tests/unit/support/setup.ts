// Component tests render the panel in happy-dom and wait for what loads on demand (a language's
// catalogue, a guide's chunk). On a loaded two-core machine that can take longer than Testing Library's
// default 1 s: waiting up to 5 s changes no result, only how long a real failure takes to show.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}
