import { z } from "zod";

/** Field shapes the API's schemas share. Dates travel as ISO strings. */
export const id = z.string();
export const version = z.number().int().nonnegative();
export const isoDate = z.string();
export const count = z.number().int().nonnegative();
