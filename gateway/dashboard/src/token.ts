// The reader's token, as GraphiQL takes it (gateway/public/graphiql-init.js): opened as /dashboard#token=<jwt>
// (what `npm start` prints) or pasted in the field. It is kept in sessionStorage, so a reload or a period change
// keeps it while the tab lives and closing the tab forgets it; the fragment is cleared from the address bar (it
// never reaches the server, and a bookmark or a screenshot of the bar must not carry a credential).
const STORAGE_KEY = 'party-dashboard-token';

/** What the page shows differently by role; the gateway and every subgraph decide access themselves. */
export interface Reader {
  token: string;
  role: string;
  /** 2-digit code for every role but CENTRAL_ANALYST. */
  province: string | null;
}

export function takeTokenFromUrl(): void {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token) return;
  sessionStorage.setItem(STORAGE_KEY, token);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token.trim());
}

export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/**
 * The stored token and the claims the page needs to choose its view, read without verifying (the page holds no
 * key, and a forged claim only changes which view asks the gateway, which refuses it). null when there is none
 * or it is not a JWT.
 */
export function currentReader(): Reader | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  if (!token) return null;
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { role?: unknown; province?: unknown };
    return {
      token,
      role: typeof claims.role === 'string' ? claims.role : '',
      province: typeof claims.province === 'string' ? claims.province : null,
    };
  } catch {
    return null;
  }
}
