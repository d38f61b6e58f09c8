/**
 * What arrived through live updates since the user last dismissed the notice: the articles
 * announced (a count, and the latest few with what each brought), and the actors and relations
 * that are new in the picture, for the renderer to mark and the "Show" action to frame. Counts
 * come from diffing what was drawn with what is drawn after a reload (several articles may land in
 * one reload), and each new relation is credited to the article its quotes come from.
 */
import type { DatasetChange } from './api-types';
import type { ActorMultiGraph } from './graph-data';

/** Articles listed by name in the notice; older ones are only counted. */
export const LATEST_SHOWN = 5;

export interface ArticleNews {
  id: string;
  title: string;
  actors: number;
  relations: number;
}

export class LiveNews {
  /** Actors and relations new in the picture, marked until dismissed. */
  readonly nodes = new Set<string>();
  readonly edges = new Set<string>();
  /** Articles announced, oldest first (only the latest LATEST_SHOWN are kept by name). */
  private latest: ArticleNews[] = [];
  private count = 0;
  /** Changes without an article (another process wrote, a curation elsewhere). */
  private otherChanges = 0;
  /** New relations and actors already counted for an article. */
  private readonly creditedEdges = new Set<string>();
  private readonly creditedNodes = new Set<string>();

  get articles(): number {
    return this.count;
  }

  get empty(): boolean {
    return this.count === 0 && this.otherChanges === 0 && this.nodes.size === 0 && this.edges.size === 0;
  }

  /** The latest articles, newest first. */
  latestArticles(): ArticleNews[] {
    return [...this.latest].reverse();
  }

  /**
   * The server announced a change. `graph`: the drawn graph, in case the change's data were
   * drawn before its announcement came (a reload that landed several changes at once).
   */
  announce(change: DatasetChange, graph: ActorMultiGraph): void {
    const doc = change.document;
    if (change.reason === 'ingest' && doc) {
      this.count++;
      this.latest.push({ id: doc.id, title: doc.title ?? doc.id, actors: 0, relations: 0 });
      if (this.latest.length > LATEST_SHOWN) this.latest.shift();
      this.credit(graph);
    } else {
      this.otherChanges++;
    }
  }

  /**
   * A reload after a change has been drawn. `addedNodes`/`addedEdges`: what it added to the
   * picture; `isNewActor` tells actors new to the data from ones merely new in view.
   */
  landed(graph: ActorMultiGraph, addedNodes: string[], addedEdges: string[], isNewActor: (id: string) => boolean): void {
    for (const key of addedEdges) if (graph.hasEdge(key) && !graph.getEdgeAttribute(key, 'actsFor')) this.edges.add(key);
    for (const id of addedNodes) if (graph.hasNode(id) && isNewActor(id)) this.nodes.add(id);
    // What a later reload took away is no longer news.
    for (const id of this.nodes) if (!graph.hasNode(id)) this.nodes.delete(id);
    for (const key of this.edges) if (!graph.hasEdge(key)) this.edges.delete(key);
    this.credit(graph);
  }

  /** Credits each new relation, and the new actors at its ends, to the listed article its quotes come from. */
  private credit(graph: ActorMultiGraph): void {
    const byDoc = new Map(this.latest.map((a) => [a.id, a]));
    for (const key of this.edges) {
      if (this.creditedEdges.has(key) || !graph.hasEdge(key)) continue;
      const a = graph.getEdgeAttributes(key);
      if (a.actsFor) continue;
      const article = a.evidence.map((e) => byDoc.get(e.document)).find((x) => x !== undefined);
      if (!article) continue;
      this.creditedEdges.add(key);
      article.relations++;
      for (const end of graph.extremities(key)) {
        if (!this.nodes.has(end) || this.creditedNodes.has(end)) continue;
        this.creditedNodes.add(end);
        article.actors++;
      }
    }
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
    this.creditedEdges.clear();
    this.creditedNodes.clear();
    this.latest = [];
    this.count = 0;
    this.otherChanges = 0;
  }
}

const plural = (n: number, one: string): string => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** "2 new actors, 3 new relations" (or "no new actor or relation in view"). */
export function newsCounts(actors: number, relations: number): string {
  if (!actors && !relations) return 'no new actor or relation in view';
  return `${plural(actors, 'new actor')}, ${plural(relations, 'new relation')}`;
}

/** "1 new article" / "20 new articles" / "the data changed on the server". */
export function newsHeadline(news: LiveNews): string {
  return news.articles ? plural(news.articles, 'new article') : 'The data changed on the server';
}
