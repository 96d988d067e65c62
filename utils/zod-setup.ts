// Zod without its JIT: zod 4 compiles fast parsers with `new Function` when the page allows eval.
// Extension pages forbid it (no 'unsafe-eval'), and the probe alone shows up as a CSP violation;
// jitless skips both (one switch for zod and zod/mini). Import this first in every entry point.
import { config } from 'zod/mini';

config({ jitless: true });
