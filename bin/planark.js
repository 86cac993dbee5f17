#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli/main.js by `npm run build:cli` (run by npm install).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (e) {
  if (e && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ENOENT') && String(e.message).includes('dist/cli/main.js')) {
    process.stderr.write('planark: CLI is not built; run `npm install` (or `npm run build:cli`) first.\n');
    process.exit(2);
  }
  throw e;
}
await cli.main(process.argv.slice(2));
