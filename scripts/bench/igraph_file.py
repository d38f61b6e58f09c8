"""The igraph side of the whole-process comparison (scripts/bench/cli-file.ts): what
`actor-graph centrality --graph FILE --metric pagerank --json` does, in python-igraph — read the
GraphML file, PageRank (NetworkX's alpha 0.85), and print the ranking as JSON (rank, id, value;
ties broken by id, as ours).

    /usr/bin/python3 scripts/bench/igraph_file.py FILE.graphml
"""
import json
import sys

import igraph


def main():
    g = igraph.Graph.Read_GraphML(sys.argv[1])
    values = g.pagerank(damping=0.85)
    ids = g.vs["id"]
    order = sorted(range(len(values)), key=lambda i: (-values[i], ids[i]))
    ranking = [{"rank": r + 1, "id": ids[i], "value": values[i]} for r, i in enumerate(order)]
    json.dump({"metric": "pagerank", "ranking": ranking}, sys.stdout, indent=2)
    sys.stdout.write("\n")


main()
