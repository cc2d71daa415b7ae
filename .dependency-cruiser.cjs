/**
 * The dependency rule of the hexagon (docs/architecture.md): domain imports only domain;
 * application imports only domain and application; nothing in the core imports adapters,
 * infrastructure or any package (node built-ins included). `npm run lint` fails otherwise.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain may import only src/domain.',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'application-depends-on-domain-only',
      severity: 'error',
      comment: 'src/application may import only src/domain and src/application.',
      from: { path: '^src/application/' },
      to: { pathNot: '^src/(domain|application)/' },
    },
    {
      name: 'adapters-do-not-import-infrastructure',
      severity: 'error',
      comment: 'Adapters get their settings passed in; only infrastructure knows every concrete class.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/infrastructure/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
