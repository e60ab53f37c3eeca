#!/usr/bin/env node
// `npm run proto`: lints proto/ and generates TypeScript into libs/contracts/src/gen with the Buf CLI and
// protoc-gen-es installed by npm, so no tool outside npm is needed. The generated code is checked in.
//   node scripts/proto.js              lint, then generate into the repository
//   node scripts/proto.js --out DIR    generate under DIR instead (DIR/libs/contracts/src/gen); used to detect stale code
const { spawnSync } = require('node:child_process');
const { resolve } = require('node:path');

const root = resolve(__dirname, '..');
const buf = resolve(root, 'node_modules/.bin/buf');

function run(args) {
  const result = spawnSync(buf, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${buf}: ${result.error.message}. Run \`npm ci\` first.`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  if (outIndex >= 0) {
    const out = argv[outIndex + 1];
    if (!out) {
      console.error('--out needs a directory, e.g. node scripts/proto.js --out /tmp/proto-gen');
      process.exit(2);
    }
    run(['generate', '--output', resolve(out)]);
    return;
  }
  run(['lint']);
  run(['generate']);
  console.log('Generated libs/contracts/src/gen from proto/.');
}

main(process.argv.slice(2));
