#!/usr/bin/env node
// `npm start`: runs the platform launcher (services/platform) from TypeScript source via SWC.
const { join } = require('node:path');
process.env.SWC_NODE_PROJECT = join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
require(join(__dirname, '..', 'services', 'platform', 'src', 'main.ts'));
