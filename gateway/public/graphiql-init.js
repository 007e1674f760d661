// Starts GraphiQL (its UMD bundle defines the global GraphiQL) against this gateway's /graphql, with every ready
// operation of examples/*.graphql open as a tab. A file rather than an inline script, so that the page's
// Content-Security-Policy can forbid inline scripts.
/* global React, ReactDOM, GraphiQL */
(async function start() {
  // Every query needs a token (README "Access"). Opened as /graphiql#token=<jwt> (what `npm start` prints), the
  // token goes into the Headers editor; the fragment never reaches the server and is cleared from the address bar.
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (token) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  const defaultHeaders = token ? JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2) : undefined;
  const defaultQuery = [
    '# The 34 provinces and their member counts for one month, answered live by each province.',
    '# Needs a token in Headers: {"Authorization": "Bearer <token>"}, from `npm run -s token -- CENTRAL_ANALYST`.',
    '# The ready operations of examples/ are in the other tabs.',
    'query ProvincesMemberCount {',
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

  // The token's own province (every role but CENTRAL_ANALYST has one), read without verifying: it only picks the
  // examples' variables; the gateway decides what the token may read.
  const province = (() => {
    try {
      const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return typeof claims.province === 'string' ? claims.province : null;
    } catch {
      return null;
    }
  })();

  // The examples take the province as variables with defaults ($code, or $from and $to for a transfer): with a
  // province's token, they get that province; writes name their province in the root field (mutation
  // { province01 { … } }), which a variable cannot, so those are rewritten to the token's province.
  function tabOf(example) {
    let query = example.query;
    const variables = {};
    if (province) {
      query = query.replace(/\bprovince\d\d(?=\s*\{)/g, 'province' + province);
      if (/\$code\b/.test(query)) variables.code = province;
      if (/\$from\b/.test(query)) {
        variables.from = province;
        variables.to = province === '01' ? '79' : '01';
      }
    }
    return {
      query,
      variables: Object.keys(variables).length ? JSON.stringify(variables, null, 2) : undefined,
      headers: defaultHeaders,
    };
  }

  let tabs;
  try {
    const response = await fetch('/graphiql/examples.json');
    const { version, examples } = await response.json();
    tabs = [{ query: defaultQuery, headers: defaultHeaders }, ...examples.map(tabOf)];
    // GraphiQL keeps its tabs in localStorage and then ignores defaultTabs: start from the examples again when
    // they, or the token's province, changed since (history and favourites are kept).
    const key = 'graphiql:examplesVersion';
    const wanted = version + ':' + (province ?? 'national');
    if (localStorage.getItem(key) !== wanted) {
      localStorage.removeItem('graphiql:tabState');
      localStorage.removeItem('graphiql:query');
      localStorage.setItem(key, wanted);
    }
  } catch {
    tabs = undefined; // Without the examples, GraphiQL still opens with the national query.
  }

  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      defaultHeaders,
      defaultTabs: tabs,
      // Show the Headers editor, where the token is (or goes).
      defaultEditorToolsVisibility: 'headers',
      // A token is a credential: never kept in the browser's storage.
      shouldPersistHeaders: false,
    }),
  );
})();
