#!/usr/bin/env python3
"""Plain objects of a V8 heap snapshot that have a hidden class (a V8 map) of their own, grouped by
their property names, most first. Objects made alike should share one map; each map that serves a
single object costs its map, descriptor array and often a property array (about 250 bytes without
pointer compression). Found this way: the extraction matcher's entries copied by spread (README,
*Memory, ninth round*). Fields holding small integers are stored inline and not listed.

    python3 scripts/bench/heap-snapshot-shapes.py FILE.heapsnapshot [TOP]

Loads the whole file: about six times its size in memory.
"""
import json
import sys
from collections import Counter

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
with open(path) as f:
    snap = json.load(f)
meta = snap['snapshot']['meta']
fields, edge_fields = meta['node_fields'], meta['edge_fields']
width, edge_width = len(fields), len(edge_fields)
node_types, edge_types = meta['node_types'][0], meta['edge_types'][0]
nodes, edges, strings = snap['nodes'], snap['edges'], snap['strings']
t_at, n_at, c_at = fields.index('type'), fields.index('name'), fields.index('edge_count')
et_at, en_at, eto_at = edge_fields.index('type'), edge_fields.index('name_or_index'), edge_fields.index('to_node')

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
