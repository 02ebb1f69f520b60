// Records every module a process loads: `node --import ./bench/module-trace.mjs …` with
// MODULE_TRACE=<file> appends one resolved URL per line (ES modules through the resolve hook,
// CommonJS through Module._load). Used by the bench to show what each command loads.
import { register } from 'node:module';
import { createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';

const file = process.env.MODULE_TRACE;
if (file) {
  register(
    'data:text/javascript,' +
      encodeURIComponent(`
        import { appendFileSync } from 'node:fs';
        export async function resolve(specifier, context, next) {
          const result = await next(specifier, context);
          appendFileSync(${JSON.stringify(file)}, result.url + '\\n');
          return result;
        }`),
  );
  const Module = createRequire(import.meta.url)('node:module');
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    try {
      appendFileSync(file, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {}
    return load.apply(this, arguments);
  };
}
