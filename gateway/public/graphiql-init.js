// Starts GraphiQL (its UMD bundle defines the global GraphiQL) against this gateway's /graphql. A file rather
// than an inline script, so that the page's Content-Security-Policy can forbid inline scripts.
/* global React, ReactDOM, GraphiQL */
(function start() {
  // Every query needs a token (README "Access"). Opened as /graphiql#token=<jwt> (what `npm start` prints), the
  // token goes into the Headers editor; the fragment never reaches the server and is cleared from the address bar.
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (token) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  const defaultHeaders = token ? JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2) : undefined;
  const defaultQuery = [
    '# The 34 provinces and their member counts for one month, answered live by each province.',
    '# Needs a token in Headers: {"Authorization": "Bearer <token>"}, from `npm run -s token -- CENTRAL_ANALYST`.',
    '{',
    '  provinces {',
    '    code',
    '    name',
    '    report(period: "2026-10") {',
    '      memberCount',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      defaultHeaders,
      // Show the Headers editor, where the token is (or goes).
      defaultEditorToolsVisibility: 'headers',
      // A token is a credential: never kept in the browser's storage.
      shouldPersistHeaders: false,
    }),
  );
})();
