// Fails loudly when npm scripts run on a Node older than 24 (for example a
// vitest binary called directly with the system Node instead of through npm).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `Bloom needs Node 24 or newer, but this is Node ${process.versions.node}.\n` +
      'Run the commands through npm (npm start, npm test, npx ...): after `npm ci` they use the Node 24 from node_modules.\n',
  );
  process.exit(1);
}
