import "server-only";

/** Read-only share links of a plan: owners create, list and revoke them; a token resolves to a ShareActor. */
export { createShareLink, listShareLinks, revokeShareLink, expiryMoment, SHARE_TOKEN_PREFIX } from "./manage";
export { resolveShareLink } from "./resolve";
export { getShareFeedWeeks, FEED_WEEKS, type FeedWeeks } from "./feed";
