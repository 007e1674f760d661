// Every subgraph verifies the token itself: it does not trust the gateway, so a subgraph reached directly
// (another process on the network, a misrouted request) answers nothing without a valid token. The gateway
// forwards the client's token unchanged; the subgraph checks signature, expiry, issuer and audience again.
import type { RequestHandler, Response } from 'express';
import { AuthenticationError, bearerToken, type TokenVerifier } from '../../auth/verifier.ts';
import { actorOf, type Actor } from './actor.ts';
import { ErrorCode } from './errors.ts';
import type { Logger } from './logger.ts';
import { requestLogOf } from './requestContext.ts';

/** Express middleware: verifies the bearer token, or answers 401 with one UNAUTHENTICATED GraphQL error. */
export function authenticate(verifier: TokenVerifier, logger: Logger): RequestHandler {
  return (req, res, next) => {
    let token: string;
    try {
      token = bearerToken(req.get('authorization'));
    } catch (error) {
      refuse(res, error as AuthenticationError, logger);
      return;
    }
    verifier.verify(token).then(
      (verified) => {
        res.locals.actor = actorOf(verified);
        next();
      },
      (error: unknown) => {
        if (error instanceof AuthenticationError) refuse(res, error, logger);
        else next(error);
      },
    );
  };
}

function refuse(res: Response, error: AuthenticationError, logger: Logger): void {
  requestLogOf(res, logger).info({ reason: error.reason }, 'refused a request without a valid token');
  res
    .status(401)
    .set('www-authenticate', 'Bearer')
    .json({ errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** The actor authenticate() attached to this response. */
export function actorOfResponse(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new Error('authenticate() must run before the GraphQL handler');
  return actor;
}
