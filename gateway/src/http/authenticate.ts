// Every /graphql request carries a JWT (README "Access"): verified here before Apollo sees the request, so a
// request without a valid token costs no parsing, no planning and no subgraph call. /health, /ready and the
// GraphiQL page (static files; its queries carry the token) stay open.
import type { Request, Response } from 'express';
import { AuthenticationError, bearerToken, type TokenVerifier } from '../../../auth/verifier.ts';
import { ErrorCode } from '../errors.ts';
import { gatewayContextOf } from './requestContext.ts';

/**
 * Verifies the request's bearer token and puts it on the request's GatewayContext (the data sources forward it
 * to every subgraph, which verifies it again). Otherwise answers 401 with one UNAUTHENTICATED GraphQL error and
 * resolves false.
 */
export async function authenticateRequest(verifier: TokenVerifier, req: Request, res: Response): Promise<boolean> {
  const context = gatewayContextOf(res);
  try {
    context.auth = await verifier.verify(bearerToken(req.get('authorization')));
    context.log = context.log.child({ sub: context.auth.subject, role: context.auth.principal.role });
    return true;
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    context.log.info({ reason: error.reason }, 'refused a request without a valid token');
    res
      .status(401)
      .set('www-authenticate', 'Bearer')
      .json({ errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
    return false;
  }
}
