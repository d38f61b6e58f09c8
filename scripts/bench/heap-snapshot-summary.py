#!/usr/bin/env python3
"""Self sizes in a V8 heap snapshot, by V8's kind of object and constructor name, largest first
(what the DevTools' "Summary" view shows as shallow sizes), then the internal arrays, strings and
boxed numbers by what holds them (the first holder found: its kind and name, and the edge's name):

    python3 scripts/bench/heap-snapshot-summary.py FILE.heapsnapshot [TOP]

Loads the whole file: about six times its size in memory.
"""
import sys
from collections import defaultdict

from heap_snapshot import read

top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
snap = read(sys.argv[1])
nodes, edges, strings, width, ewidth = snap.nodes, snap.edges, snap.strings, snap.width, snap.edge_width
types, edge_types = snap.node_types, snap.edge_types
t_at, n_at, s_at, c_at = (snap.node_field[k] for k in ('type', 'name', 'self_size', 'edge_count'))
e_t, e_n, e_to = (snap.edge_field[k] for k in ('type', 'name_or_index', 'to_node'))
size = defaultdict(int)
count = defaultdict(int)
total = 0
for i in range(0, len(nodes), width):
    kind = types[nodes[i + t_at]]
    name = strings[nodes[i + n_at]] if kind in ('object', 'closure', 'native', 'hidden', 'object shape') else ''
    if kind == 'hidden' or kind == 'object shape':
        name = name[:40]
    key = (kind, name)
    size[key] += nodes[i + s_at]
    count[key] += 1
    total += nodes[i + s_at]
print(f'{total / 1048576:.1f} MB in {len(nodes) // width} objects')
for key, s in sorted(size.items(), key=lambda kv: -kv[1])[:top]:
    print(f'{s / 1048576:8.1f} MB {count[key]:>9} {key[0]:<14} {key[1]}')

# The internal arrays (hash tables, property and element stores), strings and numbers, by holder.
held = {'array', 'string', 'number', 'concatenated string', 'sliced string'}
holder = {}
e = 0
for i in range(0, len(nodes), width):
    kind = types[nodes[i + t_at]]
    owner = (kind, strings[nodes[i + n_at]][:40] if kind in ('object', 'closure', 'native', 'hidden', 'object shape') else '')
    for _ in range(nodes[i + c_at]):
        to = edges[e + e_to]
        et = edge_types[edges[e + e_t]]
        if to not in holder and types[nodes[to + t_at]] in held and et != 'weak':
            name = strings[edges[e + e_n]] if et in ('internal', 'property', 'context', 'shortcut', 'hidden') and isinstance(edges[e + e_n], int) and et != 'hidden' else '[i]'
            holder[to] = (owner, et, name if et == 'internal' else ('[i]' if et == 'element' else 'property'))
        e += ewidth
by_holder = defaultdict(int)
by_count = defaultdict(int)
for to, (owner, et, name) in holder.items():
    key = (types[nodes[to + t_at]], owner[0], owner[1], name)
    by_holder[key] += nodes[to + s_at]
    by_count[key] += 1
print()
print('held objects by holder (kind; holder kind, name; edge):')
for key, s in sorted(by_holder.items(), key=lambda kv: -kv[1])[:top]:
    print(f'{s / 1048576:8.1f} MB {by_count[key]:>9} {key[0]:<10} {key[1]:<8} {key[2]:<28} {key[3]}')
