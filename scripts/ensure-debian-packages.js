#!/usr/bin/env node
// The tests use Debian packages: chromium (browser tests), python3-networkx and python3-igraph
// (interop tests, run with Debian's /usr/bin/python3). Installs the missing ones in one apt-get
// call when it can (root with apt-get); otherwise stops at once with the command that installs them.
// `npm test` runs it first (pretest), and CI (.ci/run) before `npm ci`: this is the one list.
const { execFileSync, execSync } = require('node:child_process');
const fs = require('node:fs');

/** Each package with how to tell it is installed; paths are parameters so tests can point elsewhere. */
function debianPackages({ chromium = '/usr/bin/chromium', python = '/usr/bin/python3' } = {}) {
  const imports = (module) => () => {
    try {
      execFileSync(python, ['-c', `import ${module}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  return [
    { name: 'chromium', present: () => fs.existsSync(chromium) },
    { name: 'python3-networkx', present: imports('networkx') },
    { name: 'python3-igraph', present: imports('igraph') },
  ];
}

/** Names of the packages not installed. */
const missingPackages = (packages) => packages.filter((p) => !p.present()).map((p) => p.name);

/** The command a user runs to install `names`. */
const installCommand = (names) => `sudo apt-get install -y ${names.join(' ')}`;

function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function main() {
  const packages = debianPackages();
  let names = missingPackages(packages);
  if (names.length === 0) return 0;
  if (typeof process.getuid === 'function' && process.getuid() === 0 && hasAptGet()) {
    console.log(`Installing Debian packages for the tests: ${names.join(' ')}`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names.join(' ')}`, { stdio: 'inherit' });
    } catch {
      console.error(`Could not install them. Run: ${installCommand(names)}`);
      return 1;
    }
    names = missingPackages(packages);
    if (names.length === 0) return 0;
  }
  console.error(`The tests need Debian packages that are missing (${names.join(', ')}). Install them with:\n  ${installCommand(names)}`);
  return 1;
}

module.exports = { debianPackages, missingPackages, installCommand };

if (require.main === module) process.exit(main());
