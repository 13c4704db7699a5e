/** The official Frictionless profiles (JSON Schema draft 4), as shipped by the `datapackage` and `tableschema` npm packages. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function profile(pkg: 'datapackage' | 'tableschema', file: string): object {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/lib/profiles/${file}`), 'utf8'));
}
