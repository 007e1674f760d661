/**
 * Who is asking. Until authentication lands (issue 5: JWT verified at the gateway and in every subgraph) every
 * request is the anonymous actor; audit rows record it as such, so the seam is visible in the data.
 */
export interface Actor {
  id: string;
  role: string;
}

export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', role: 'ANONYMOUS' });
