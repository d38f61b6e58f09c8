#!/usr/bin/env node
// Browser tests drive Debian's chromium. Install it when missing and we can (root with apt-get);
// otherwise stop at once with the one command that installs it.
const { execSync } = require('node:child_process');
const fs = require('node:fs');

const BROWSER = '/usr/bin/chromium';
if (fs.existsSync(BROWSER)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  console.log('Installing Debian chromium for the browser tests (apt-get install chromium)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('Could not install chromium. Run: sudo apt-get install -y chromium');
    process.exit(1);
  }
  if (fs.existsSync(BROWSER)) process.exit(0);
}
console.error(`The browser tests need Debian's chromium at ${BROWSER}. Install it with:\n  sudo apt-get install -y chromium`);
process.exit(1);
