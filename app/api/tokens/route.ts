import { json, readJson, withActor } from "@/lib/api/handler";
import { createApiToken, listApiTokens } from "@/lib/server/tokens/api-tokens";
import { CreateTokenSchema } from "@/lib/validations/workspace";

export const dynamic = "force-dynamic";

/** The caller's API tokens (never the secret itself). */
export const GET = withActor(async ({ actor }) => listApiTokens(actor), { action: "token.manage" });

/** Create a token; the secret is in this response only. A token acts with its owner's role. */
export const POST = withActor(
  async ({ req, actor }) => {
    const { name } = await readJson(req, CreateTokenSchema);
    const created = await createApiToken(actor, name);
    return json({ ...created, name }, 201);
  },
  { action: "token.manage" },
);
