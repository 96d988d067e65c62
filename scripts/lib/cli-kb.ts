// The KB the CLI analyses against: embedded in the built command (scripts/build-cli.ts defines
// __CLI_KB__ as the bundle's JSON), else built from kb/ (running the TypeScript source under tsx).
import { PreparedKb } from '../../utils/analysis/prepared-kb';

declare const __CLI_KB__: string | undefined;

export async function cliKb(): Promise<PreparedKb> {
  if (typeof __CLI_KB__ === 'string') return new PreparedKb(JSON.parse(__CLI_KB__));
  else return (await import('./kb-files')).loadKbIndex();
}
