#!/usr/bin/env python3
"""The array buffers a V8 heap snapshot holds (plain and shared: their backing stores' bytes), largest
first, each with one shortest chain of strong references from the snapshot's root, so what keeps an
old version's buffer alive shows (a cache, a kept frame, a closure):

    python3 scripts/bench/heap-snapshot-buffers.py FILE.heapsnapshot [MIN_KB]

Buffers of less than MIN_KB (default 64) are summed, not listed. A shared buffer appears in the
snapshot of every thread that holds it: this reads one thread's. Loads the whole file: about six
times its size in memory.
"""
import sys
from collections import deque

from heap_snapshot import read

min_bytes = (int(sys.argv[2]) if len(sys.argv) > 2 else 64) * 1024
snap = read(sys.argv[1])
nodes, edges, strings, width, ewidth = snap.nodes, snap.edges, snap.strings, snap.width, snap.edge_width
types, edge_types = snap.node_types, snap.edge_types
t_at, n_at, s_at, c_at = (snap.node_field[k] for k in ('type', 'name', 'self_size', 'edge_count'))
e_t, e_n, e_to = (snap.edge_field[k] for k in ('type', 'name_or_index', 'to_node'))
count = len(nodes) // width
first_edge = [0] * (count + 1)
for n in range(count):
    first_edge[n + 1] = first_edge[n] + nodes[n * width + c_at] * ewidth


def name_of(n):
    return strings[nodes[n * width + n_at]]


def edge_label(e):
    et = edge_types[edges[e + e_t]]
    v = edges[e + e_n]
    return f'[{v}]' if et in ('element', 'hidden') else (strings[v] if isinstance(v, int) else str(v))


# Shortest strong chains from the root (node 0), breadth first.
parent = [-1] * count
via = [-1] * count
parent[0] = 0
queue = deque([0])
while queue:
    n = queue.popleft()
    for e in range(first_edge[n], first_edge[n + 1], ewidth):
        if edge_types[edges[e + e_t]] in ('weak', 'shortcut'):
            continue
        to = edges[e + e_to] // width
        if parent[to] == -1:
            parent[to] = n
            via[to] = e
            queue.append(to)

found = []
for n in range(count):
    # By their backing store, not by name: an instance of a subclass (a probe's) bears the subclass's.
    if types[nodes[n * width + t_at]] != 'object':
        continue
    stores = [nodes[edges[e + e_to] + s_at] for e in range(first_edge[n], first_edge[n + 1], ewidth) if edge_label(e) == 'backing_store']
    if stores:
        found.append((stores[0], n))
found.sort(reverse=True)
total = sum(s for s, _ in found)
small = sum(s for s, _ in found if s < min_bytes)
print(f'{total / 1048576:.1f} MB in {len(found)} array buffers ({small / 1048576:.1f} MB in those under {min_bytes // 1024} KB)')
for store, n in found:
    if store < min_bytes:
        break
    chain = []
    m = n
    while m != 0 and parent[m] != -1 and len(chain) < 40:
        chain.append(f'{name_of(parent[m])[:40]}.{edge_label(via[m])}')
        m = parent[m]
    reach = '' if parent[n] != -1 else ' (not reached strongly)'
    print(f'{store / 1048576:8.2f} MB {name_of(n)}{reach}')
    print('    ' + ' <- '.join(reversed(chain[:14])) if chain else '')
