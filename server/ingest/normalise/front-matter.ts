/**
 * Front matter opening a Markdown file: YAML between `---` lines (closed by `---` or `...`) or TOML
 * between `+++` lines, possibly empty. One pattern for recognising Markdown (format.ts) and for
 * dropping it (markdown.ts), so what is recognised is what is dropped; a `---` block closed by
 * `+++` (or the reverse) is none. Group 1 holds YAML, group 2 TOML.
 */
export const FRONT_MATTER = /^(?:---\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)|\+\+\+\r?\n(?:([\s\S]*?)\r?\n)?\+\+\+)[ \t]*(?:\r?\n|$)/;
