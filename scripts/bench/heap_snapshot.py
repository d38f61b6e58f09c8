"""Reading a V8 heap snapshot (the .heapsnapshot JSON) for the scripts beside it: its flat node and
edge arrays, their strings, the width of a node and of an edge, and where each field sits in them."""
import json
from types import SimpleNamespace


def read(path):
    """The snapshot at `path`; loads the whole file: about six times its size in memory."""
    with open(path) as f:
        snap = json.load(f)
    meta = snap['snapshot']['meta']
    node_fields, edge_fields = meta['node_fields'], meta['edge_fields']
    return SimpleNamespace(
        nodes=snap['nodes'],
        edges=snap['edges'],
        strings=snap['strings'],
        width=len(node_fields),
        edge_width=len(edge_fields),
        node_types=meta['node_types'][0],
        edge_types=meta['edge_types'][0],
        node_field={name: i for i, name in enumerate(node_fields)},
        edge_field={name: i for i, name in enumerate(edge_fields)},
    )
