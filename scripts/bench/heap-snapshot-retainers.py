#!/usr/bin/env python3
"""What holds the heap of a V8 heap snapshot: its dominator tree (an object dominates another when
every strong chain from the root to the other passes through it; its retained size is what a
collection would free if it went), printed from the root down, each object with its retained and
self size, its kind and name, and the reference that reaches it from its dominator (or, when the
dominator reaches it only through others, from its first holder, marked `~`). Children of less
than MIN_MB are summed, not listed, and the tree stops at DEPTH:

    python3 scripts/bench/heap-snapshot-retainers.py FILE.heapsnapshot [MIN_MB] [DEPTH]

DevTools' "Retained size" is the same measure (weak and shortcut edges do not retain). Loads the
whole file: about six times its size in memory, and a few minutes for a 300 MB heap.
"""
import sys

import numpy as np

from heap_snapshot import read

min_bytes = float(sys.argv[2]) * 1048576 if len(sys.argv) > 2 else 1048576
max_depth = int(sys.argv[3]) if len(sys.argv) > 3 else 12
snap = read(sys.argv[1])
strings, width, ewidth = snap.strings, snap.width, snap.edge_width
types, edge_types = snap.node_types, snap.edge_types
t_at, n_at, s_at, c_at = (snap.node_field[k] for k in ('type', 'name', 'self_size', 'edge_count'))
e_t, e_n, e_to = (snap.edge_field[k] for k in ('type', 'name_or_index', 'to_node'))
nodes = np.asarray(snap.nodes, dtype=np.int64).reshape(-1, width)
edges = np.asarray(snap.edges, dtype=np.int64).reshape(-1, ewidth)
del snap
count = len(nodes)
self_size = nodes[:, s_at]
first = np.zeros(count + 1, dtype=np.int64)
np.cumsum(nodes[:, c_at], out=first[1:])
edge_from = np.repeat(np.arange(count, dtype=np.int64), nodes[:, c_at])
edge_to = edges[:, e_to] // width
skipped = [i for i, t in enumerate(edge_types) if t in ('weak', 'shortcut')]
strong = ~np.isin(edges[:, e_t], skipped)

# Successors over strong edges (CSR), then a depth-first postorder from the root (node 0).
s_from, s_to = edge_from[strong], edge_to[strong]
succ_first = np.zeros(count + 1, dtype=np.int64)
np.cumsum(np.bincount(s_from, minlength=count), out=succ_first[1:])
succ = s_to.tolist()
succ_first_l = succ_first.tolist()
post = [-1] * count
order = []
seen = bytearray(count)
stack = [(0, succ_first_l[0])]
seen[0] = 1
while stack:
    n, at = stack[-1]
    end = succ_first_l[n + 1]
    while at < end and seen[succ[at]]:
        at += 1
    if at < end:
        m = succ[at]
        stack[-1] = (n, at + 1)
        seen[m] = 1
        stack.append((m, succ_first_l[m]))
    else:
        stack.pop()
        post[n] = len(order)
        order.append(n)

# Predecessors in postorder numbers, for the reachable nodes only.
post_np = np.asarray(post, dtype=np.int64)
live = (post_np[s_from] >= 0) & (post_np[s_to] >= 0)
p_from, p_to = post_np[s_from[live]], post_np[s_to[live]]
reached = len(order)
by_to = np.argsort(p_to, kind='stable')
pred = p_from[by_to].tolist()
pred_first = np.zeros(reached + 1, dtype=np.int64)
np.cumsum(np.bincount(p_to, minlength=reached), out=pred_first[1:])
pred_first_l = pred_first.tolist()

# Cooper, Harvey and Kennedy's iteration ("A Simple, Fast Dominance Algorithm"), on postorder numbers.
root = reached - 1
idom = [-1] * reached
idom[root] = root
changed = True
while changed:
    changed = False
    for b in range(root - 1, -1, -1):
        new = -1
        for p in pred[pred_first_l[b]:pred_first_l[b + 1]]:
            if idom[p] == -1:
                continue
            if new == -1:
                new = p
                continue
            x, y = p, new
            while x != y:
                while x < y:
                    x = idom[x]
                while y < x:
                    y = idom[y]
            new = x
        if new != idom[b]:
            idom[b] = new
            changed = True

size_post = self_size[np.asarray(order, dtype=np.int64)].tolist()
retained = list(size_post)
children = [[] for _ in range(reached)]
for b in range(root):
    retained[idom[b]] += retained[b]
    children[idom[b]].append(b)


def describe(b):
    n = order[b]
    kind = types[nodes[n, t_at]]
    name = strings[nodes[n, n_at]]
    if kind in ('string', 'concatenated string', 'sliced string'):
        name = repr(name[:30])
    return f'{kind} {name[:60]}'


def label(e):
    et = edge_types[edges[e, e_t]]
    v = int(edges[e, e_n])
    return f'[{v}]' if et in ('element', 'hidden') else strings[v]


def reference(b):
    """The edge from b's dominator to b, or else from b's first strong holder (marked ~)."""
    n, d = order[b], order[idom[b]]
    for e in range(first[d], first[d + 1]):
        if edge_to[e] == n and strong[e]:
            return label(e)
    holder = order[pred[pred_first_l[b]]]
    for e in range(first[holder], first[holder + 1]):
        if edge_to[e] == n and strong[e]:
            return f'~{strings[nodes[holder, n_at]][:30]}.{label(e)}'
    return '?'


mb = lambda b: b / 1048576
print(f'{mb(sum(size_post)):.1f} MB in {reached} objects reached strongly (of {count}); MB retained / self')


def show(b, depth, via):
    print(f'{"  " * depth}{mb(retained[b]):7.1f} {mb(size_post[b]):6.1f}  {via}: {describe(b)}')
    if depth >= max_depth:
        return
    kids = sorted(children[b], key=lambda k: -retained[k])
    rest = [k for k in kids if retained[k] < min_bytes]
    for k in kids:
        if retained[k] >= min_bytes:
            show(k, depth + 1, reference(k))
    if rest:
        groups = {}
        for k in rest:
            n = order[k]
            kind = types[nodes[n, t_at]]
            key = f'{kind} {strings[nodes[n, n_at]][:40]}' if kind in ('object', 'closure', 'native', 'hidden') else kind
            got = groups.setdefault(key, [0, 0])
            got[0] += retained[k]
            got[1] += 1
        parts = ', '.join(f'{c} {key} {mb(r):.1f}' for key, (r, c) in sorted(groups.items(), key=lambda kv: -kv[1][0])[:3])
        print(f'{"  " * (depth + 1)}{mb(sum(retained[k] for k in rest)):7.1f}         {len(rest)} others ({parts})')


sys.setrecursionlimit(10000)
show(root, 0, 'root')
