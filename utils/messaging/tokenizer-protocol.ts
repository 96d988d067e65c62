// The typed channel between the background and the tokenizer host (Chrome offscreen
// document). Separate from protocol.ts: these messages carry `channel` and no `timestamp`, so
// the protocol's listeners (channel.ts) ignore them. Validated on both ends. Pure.
import { z } from 'zod';

export const TOKENIZER_CHANNEL = 'arc-tokenizer';
/** Longest text the host accepts in one request (UTF-16 units). */
const MAX_TOKENIZE_CHARS = 2_000_000;

export const TokenizeRequestSchema = z.strictObject({
  channel: z.literal(TOKENIZER_CHANNEL),
  type: z.literal('tokenize'),
  text: z.string().max(MAX_TOKENIZE_CHARS),
  /** The host closes itself after this long without requests (the background may be gone). */
  idleMs: z.number().int().min(1000).max(3_600_000),
});

const PackedTokenSchema = z.tuple([
  z.number().int().min(0),
  z.number().int().min(1),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
]);

export const TokenizeResponseSchema = z.union([
  z.strictObject({ ok: z.literal(true), tokens: z.array(PackedTokenSchema), loadMs: z.number().optional() }),
  z.strictObject({ ok: z.literal(false), error: z.string().max(2000) }),
]);
export type TokenizeResponse = z.infer<typeof TokenizeResponseSchema>;
