/**
 * Share tokens start with this, so a leaked one is recognisable (and never taken for an API token);
 * anything else is refused without a database lookup.
 */
export const SHARE_TOKEN_PREFIX = "fps_";

/** Whether `token` can be a share token at all: the prefix, and no longer than any we make. */
export const isShareTokenShaped = (token: string): boolean =>
  token.startsWith(SHARE_TOKEN_PREFIX) && token.length <= 200;
