/** Share tokens start with this (and are refused without a database lookup otherwise). */
export const SHARE_TOKEN_PREFIX = "fps_";

/** Whether `token` can be a share token at all: the prefix, and no longer than any we make. */
export const isShareTokenShaped = (token: string): boolean =>
  token.startsWith(SHARE_TOKEN_PREFIX) && token.length <= 200;
