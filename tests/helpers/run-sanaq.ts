// Runs the sanaq command line in-process through main(), capturing what it prints.
import { main } from "../../src/cli/main";

export async function sanaq(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
