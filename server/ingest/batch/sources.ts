/** The files a batch names: files as given, folders walked (recursively) for article files, in a stable order. */
import fs from 'node:fs';
import path from 'node:path';

/** Extensions taken from folders; a file named directly is taken whatever its name. */
const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface BatchSources {
  files: string[];
  /** Paths that do not exist or cannot be read, reported per path. */
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

export function collectSources(paths: string[]): BatchSources {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p, files);
    else files.push(p);
  }
  // A file named twice (directly and inside a folder) is read once.
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(path.resolve(f)) && seen.add(path.resolve(f))), missing };
}
