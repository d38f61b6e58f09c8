#!/usr/bin/env python3
"""Plain objects of a V8 heap snapshot that have a hidden class (a V8 map) of their own, grouped by
their property names, most first. Objects made alike should share one map; each map that serves a
single object costs its map, descriptor array and often a property array (about 250 bytes without
pointer compression). Found this way: the extraction matcher's entries copied by spread (docs/history/engine-rounds.md,
*Memory, ninth round*). Fields holding small integers are stored inline and not listed.

    python3 scripts/bench/heap-snapshot-shapes.py FILE.heapsnapshot [TOP]

Loads the whole file: about six times its size in memory.
"""
import sys
from collections import Counter

from heap_snapshot import read

top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
snap = read(sys.argv[1])
nodes, edges, strings, width, edge_width = snap.nodes, snap.edges, snap.strings, snap.width, snap.edge_width
node_types, edge_types = snap.node_types, snap.edge_types
t_at, n_at, c_at = (snap.node_field[k] for k in ('type', 'name', 'edge_count'))
et_at, en_at, eto_at = (snap.edge_field[k] for k in ('type', 'name_or_index', 'to_node'))

map_of = {}
props = {}
e = 0
for i in range(0, len(nodes), width):
    count = nodes[i + c_at]
    if node_types[nodes[i + t_at]] == 'object' and strings[nodes[i + n_at]] == 'Object':
        names = []
        for k in range(count):
            o = e + k * edge_width
            kind = edge_types[edges[o + et_at]]
            if kind == 'internal' and strings[edges[o + en_at]] == 'map':
                map_of[i] = edges[o + eto_at]
            elif kind == 'property':
                names.append(strings[edges[o + en_at]])
        props[i] = tuple(n for n in names if n != '__proto__')
    e += count * edge_width

objects_per_map = Counter(map_of.values())
alone = [i for i, m in map_of.items() if objects_per_map[m] == 1]
print(f'{len(map_of)} plain objects, {len(objects_per_map)} maps, {len(alone)} objects alone on their map')
for names, n in Counter(props[i] for i in alone).most_common(top):
    print(f'{n:>9}  {", ".join(names)}')
